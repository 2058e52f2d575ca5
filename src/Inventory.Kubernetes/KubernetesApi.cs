using System.Runtime.CompilerServices;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inventory.Kubernetes;

/// <summary>
/// The calls the orchestrator makes, through the KubernetesClient package: Jobs (create, get, list,
/// delete, watch) and Pods (get, list). One package client for this object's life, behind client-go's QPS/Burst
/// limit and retries for 429, 5xx and lost connections; every refusal is a <see cref="KubernetesApiException"/>
/// with the API's Status and the verb and resource of the call.
/// </summary>
public sealed class KubernetesApi : IDisposable, IJobSource
{
    private const string Jobs = "jobs.batch";
    private const string Pods = "pods";

    private readonly k8s.Kubernetes _client;

    public KubernetesApi(KubernetesClientConfiguration config, KubernetesApiOptions? options = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        Options = options ?? new KubernetesApiOptions();
        Namespace = string.IsNullOrEmpty(config.Namespace) ? KubernetesConfiguration.DefaultNamespace : config.Namespace;
        config.HttpClientTimeout = Options.RequestTimeout;
        _client = new k8s.Kubernetes(
            config,
            new RetryHandler(Options, logger ?? NullLogger.Instance),
            new RateLimitHandler(new TokenBucket(Options.Qps, Options.Burst, Options.Time)));
    }

    /// <summary>The configuration's namespace (the context's, or the pod's own), else "default".</summary>
    public string Namespace { get; }

    public KubernetesApiOptions Options { get; }

    /// <summary>Creates the Job. A named Job is retried on 5xx, so a create that reached the server before a connection dropped answers 409 AlreadyExists on the retry: callers treat AlreadyExists as theirs.</summary>
    public Task<V1Job> CreateJobAsync(string ns, V1Job job, CancellationToken ct = default) =>
        Call("create", Jobs, ns, () => _client.BatchV1.CreateNamespacedJobAsync(job, ns, cancellationToken: ct), ct);

    /// <summary>The Job, or null when there is none of that name.</summary>
    public async Task<V1Job?> GetJobAsync(string ns, string name, CancellationToken ct = default)
    {
        try
        {
            return await Call("get", Jobs, ns, () => _client.BatchV1.ReadNamespacedJobAsync(name, ns, cancellationToken: ct), ct);
        }
        catch (KubernetesApiException ex) when (ex.StatusCode == 404)
        {
            return null;
        }
    }

    /// <summary>One page of Jobs; pass the returned metadata.continue back for the next page.</summary>
    public Task<V1JobList> ListJobsAsync(string ns, string? labelSelector, string? continueToken = null, int? limit = null, CancellationToken ct = default) =>
        Call("list", Jobs, ns, () => _client.BatchV1.ListNamespacedJobAsync(ns, continueParameter: continueToken, labelSelector: labelSelector, limit: limit, cancellationToken: ct), ct);

    /// <summary>Deletes the Job and, in the background, its pods. A Job already gone is not an error.</summary>
    public async Task DeleteJobAsync(string ns, string name, CancellationToken ct = default)
    {
        try
        {
            await Call("delete", Jobs, ns, () => _client.BatchV1.DeleteNamespacedJobAsync(name, ns, new V1DeleteOptions { PropagationPolicy = "Background" }, cancellationToken: ct), ct);
        }
        catch (KubernetesApiException ex) when (ex.StatusCode == 404)
        {
            // Deleted already, perhaps by an earlier attempt of this call that lost its answer.
        }
    }

    /// <summary>The Pods matching a selector (one page), e.g. a Job's with job-name=NAME.</summary>
    public Task<V1PodList> ListPodsAsync(string ns, string labelSelector, CancellationToken ct = default) =>
        Call("list", Pods, ns, () => _client.CoreV1.ListNamespacedPodAsync(ns, labelSelector: labelSelector, cancellationToken: ct), ct);

    public Task<V1Pod> GetPodAsync(string ns, string name, CancellationToken ct = default) =>
        Call("get", Pods, ns, () => _client.CoreV1.ReadNamespacedPodAsync(name, ns, cancellationToken: ct), ct);

    /// <summary>
    /// The raw watch: events after <paramref name="resourceVersion"/> until the server ends the stream (after
    /// <paramref name="timeoutSeconds"/>) or the connection drops. An ERROR event is thrown as a
    /// <see cref="KubernetesApiException"/> (410 Expired: list again); a watch silent past timeoutSeconds plus
    /// RequestTimeout is thrown as a Timeout. Restarting is the caller's job; <see cref="JobWatcher"/> does it.
    /// </summary>
    public async IAsyncEnumerable<JobEvent> WatchJobsAsync(
        string ns, string? labelSelector, string resourceVersion, bool allowBookmarks = true, int? timeoutSeconds = null,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        var resource = $"{Jobs} in namespace {ns}";
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (timeoutSeconds is { } seconds)
        {
            deadline.CancelAfter(TimeSpan.FromSeconds(seconds) + Options.RequestTimeout);
        }

        // The package hands an ERROR event (410 Expired among them) to onError and reads on, rather than throwing.
        Exception? streamError = null;
        await using var events = _client.BatchV1.WatchListNamespacedJobAsync(
            ns, allowWatchBookmarks: allowBookmarks, labelSelector: labelSelector, resourceVersion: resourceVersion,
            timeoutSeconds: timeoutSeconds, onError: error => streamError ??= error, cancellationToken: deadline.Token).GetAsyncEnumerator(deadline.Token);
        while (true)
        {
            bool moved;
            try
            {
                moved = await events.MoveNextAsync();
            }
            catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                throw new KubernetesApiException(0, "Timeout", "the watch went silent past its timeoutSeconds", "watch", resource, inner: ex);
            }
            catch (Exception ex) when (ApiErrors.Map(ex, "watch", resource, ct) is { } mapped)
            {
                throw mapped;
            }

            if (streamError is not null)
            {
                throw ApiErrors.Map(streamError, "watch", resource, ct) ?? new KubernetesApiException(0, "Unknown", streamError.Message, "watch", resource, inner: streamError);
            }

            if (!moved)
            {
                yield break;
            }

            var (type, job) = events.Current;
            yield return new JobEvent(type, job);
        }
    }

    public void Dispose() => _client.Dispose();

    private static async Task<T> Call<T>(string verb, string kind, string ns, Func<Task<T>> call, CancellationToken ct)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (ApiErrors.Map(ex, verb, $"{kind} in namespace {ns}", ct) is { } mapped)
        {
            throw mapped;
        }
    }
}
