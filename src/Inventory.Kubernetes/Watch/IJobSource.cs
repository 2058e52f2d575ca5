namespace Inventory.Kubernetes;

/// <summary>The two calls a <see cref="JobWatcher"/> needs; <see cref="KubernetesClient"/> makes them, tests may script them.</summary>
internal interface IJobSource
{
    Task<JobList> ListJobsAsync(string ns, string? labelSelector, string? continueToken = null, int? limit = null, CancellationToken ct = default);

    IAsyncEnumerable<WatchEvent<Job>> WatchJobsAsync(
        string ns, string? labelSelector, string resourceVersion, bool allowBookmarks = true, int? timeoutSeconds = null, CancellationToken ct = default);
}
