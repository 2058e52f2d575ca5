using k8s.Models;

namespace Inventory.Kubernetes;

/// <summary>The two calls a <see cref="JobWatcher"/> needs; <see cref="KubernetesApi"/> makes them, tests may script them.</summary>
internal interface IJobSource
{
    Task<V1JobList> ListJobsAsync(string ns, string? labelSelector, string? continueToken = null, int? limit = null, CancellationToken ct = default);

    IAsyncEnumerable<JobEvent> WatchJobsAsync(
        string ns, string? labelSelector, string resourceVersion, bool allowBookmarks = true, int? timeoutSeconds = null, CancellationToken ct = default);
}
