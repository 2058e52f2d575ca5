using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inventory.Kubernetes;

/// <summary>
/// The calls the orchestrator makes: Jobs (create, get, list, delete, watch) and Pods (get, list).
/// One HttpClient for the client's life; calls are rate limited (client-go's QPS/Burst), 429 and 5xx
/// are retried with backoff, and any other refusal is a <see cref="KubernetesException"/> with the API's Status.
/// </summary>
public sealed class KubernetesClient : IDisposable, IJobSource
{
    private readonly ApiTransport _transport;
    private readonly ResourceClient<Job, JobList> _jobs;
    private readonly ResourceClient<Pod, PodList> _pods;

    public KubernetesClient(KubernetesConfig config, KubernetesClientOptions? options = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        Config = config;
        Options = options ?? new KubernetesClientOptions();
        _transport = new ApiTransport(config, Options, logger ?? NullLogger.Instance);
        var json = KubernetesJsonContext.Default;
        _jobs = new(_transport, Options, ResourceType.Jobs, json.Job, json.JobList);
        _pods = new(_transport, Options, ResourceType.Pods, json.Pod, json.PodList);
    }

    public KubernetesConfig Config { get; }

    public KubernetesClientOptions Options { get; }

    /// <summary>
    /// Creates the Job. A Job with a fixed name is retried on 5xx, so a create that reached the server
    /// before a connection dropped answers 409 AlreadyExists on the retry: callers treat AlreadyExists as theirs.
    /// </summary>
    public Task<Job> CreateJobAsync(string ns, Job job, CancellationToken ct = default) => _jobs.CreateAsync(ns, job, ct);

    /// <summary>The Job, or null when there is none of that name.</summary>
    public async Task<Job?> GetJobAsync(string ns, string name, CancellationToken ct = default)
    {
        try
        {
            return await _jobs.GetAsync(ns, name, ct);
        }
        catch (KubernetesException ex) when (ex.StatusCode == 404)
        {
            return null;
        }
    }

    /// <summary>One page of Jobs; pass the returned metadata.continue back for the next page.</summary>
    public Task<JobList> ListJobsAsync(string ns, string? labelSelector, string? continueToken = null, int? limit = null, CancellationToken ct = default) =>
        _jobs.ListAsync(ns, labelSelector, continueToken, limit, ct);

    /// <summary>Deletes the Job and, in the background, its pods. A Job already gone is not an error.</summary>
    public async Task DeleteJobAsync(string ns, string name, CancellationToken ct = default)
    {
        try
        {
            await _jobs.DeleteAsync(ns, name, "Background", ct);
        }
        catch (KubernetesException ex) when (ex.StatusCode == 404)
        {
            // Deleted already, perhaps by an earlier attempt of this call that lost its answer.
        }
    }

    /// <summary>
    /// The raw watch: events after <paramref name="resourceVersion"/> until the server ends the stream
    /// (after <paramref name="timeoutSeconds"/>) or the connection drops. An ERROR event is thrown as a
    /// <see cref="KubernetesException"/> (410 Expired: list again). Restarting is the caller's job; <see cref="JobWatcher"/> does it.
    /// </summary>
    public IAsyncEnumerable<WatchEvent<Job>> WatchJobsAsync(
        string ns, string? labelSelector, string resourceVersion, bool allowBookmarks = true, int? timeoutSeconds = null, CancellationToken ct = default) =>
        _jobs.WatchAsync(ns, labelSelector, resourceVersion, allowBookmarks, timeoutSeconds, ct);

    public Task<Pod> GetPodAsync(string ns, string name, CancellationToken ct = default) => _pods.GetAsync(ns, name, ct);

    /// <summary>One page of Pods, e.g. a Job's with the selector batch.kubernetes.io/job-name=NAME.</summary>
    public Task<PodList> ListPodsAsync(string ns, string? labelSelector, string? continueToken = null, int? limit = null, CancellationToken ct = default) =>
        _pods.ListAsync(ns, labelSelector, continueToken, limit, ct);

    public void Dispose() => _transport.Dispose();
}
