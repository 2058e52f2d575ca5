using System.Runtime.CompilerServices;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inventory.Kubernetes;

/// <summary>
/// Follows the Jobs matching a selector for as long as the caller reads, the way client-go's reflector
/// does: list (paged), then watch from the list's resourceVersion with bookmarks and a random 5–10 min
/// timeout; every event, BOOKMARK included, advances the resourceVersion, so an ended or dropped watch
/// resumes where it stopped. A 410 Expired means that point is gone from the server's history: list
/// again, yielding the current state (Added, Modified, or Deleted for Jobs that vanished meanwhile) so
/// the consumer converges, then watch from the new list. Other failures back off 0.8 s → 30 s with jitter;
/// failures no retry can fix (400, 401, 403, 404, 422: a bad selector, missing RBAC) end the stream with the error.
/// </summary>
public sealed class JobWatcher
{
    private static readonly TimeSpan ShortWatch = TimeSpan.FromSeconds(1);

    private readonly IJobSource _source;
    private readonly JobWatcherOptions _options;
    private readonly ILogger _logger;

    public JobWatcher(KubernetesApi client, JobWatcherOptions? options = null, ILogger? logger = null)
        : this((IJobSource)client, options, logger)
    {
    }

    internal JobWatcher(IJobSource source, JobWatcherOptions? options, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _options = options ?? new JobWatcherOptions();
        _logger = logger ?? NullLogger.Instance;
    }

    public async IAsyncEnumerable<JobEvent> WatchAsync(string ns, string labelSelector, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var known = new Dictionary<string, V1Job>(StringComparer.Ordinal);
        var backoff = new WatchBackoff(_options);
        string? resourceVersion = null;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (resourceVersion is null)
            {
                var (listed, failure) = await TryListAsync(ns, labelSelector, ct);
                if (listed is null)
                {
                    await BackOffAsync(backoff, ns, labelSelector, failure!, ct);
                    continue;
                }

                KubernetesLog.Listed(_logger, listed.Value.Items.Count, ns, labelSelector, listed.Value.ResourceVersion);
                foreach (var change in Reconcile(known, listed.Value.Items))
                {
                    yield return change;
                }

                resourceVersion = listed.Value.ResourceVersion;
            }

            var started = _options.Time.GetTimestamp();
            var count = 0;
            Exception? error = null;
            await using (var events = _source.WatchJobsAsync(ns, labelSelector, resourceVersion, true, WatchTimeoutSeconds(), ct).GetAsyncEnumerator(ct))
            {
                while (true)
                {
                    (var moved, error) = await TryMoveNextAsync(events, ct);
                    if (!moved)
                    {
                        break;
                    }

                    var change = events.Current;
                    resourceVersion = change.Object.Metadata?.ResourceVersion is { Length: > 0 } rv ? rv : resourceVersion;
                    count++;
                    if (change.Type != WatchEventType.Bookmark)
                    {
                        Track(known, change);
                        yield return change;
                    }
                }
            }

            if (error is KubernetesApiException { IsExpired: true })
            {
                KubernetesLog.WatchExpired(_logger, ns, labelSelector, resourceVersion);
                resourceVersion = null;
            }
            else if (count == 0 && (error is not null || _options.Time.GetElapsedTime(started) < ShortWatch))
            {
                // Failed to start, or ended at once with nothing: going again at once would spin.
                await BackOffAsync(backoff, ns, labelSelector, error ?? new IOException("the watch ended at once with no events"), ct);
            }
            else
            {
                KubernetesLog.WatchResumed(_logger, ns, labelSelector, count, resourceVersion);
            }
        }
    }

    private async Task<((IReadOnlyList<V1Job> Items, string ResourceVersion)? List, Exception? Failure)> TryListAsync(
        string ns, string labelSelector, CancellationToken ct)
    {
        try
        {
            return (await ListAllAsync(ns, labelSelector, ct), null);
        }
        catch (Exception ex) when (Transient(ex, ct))
        {
            return (null, ex);
        }
    }

    // client-go's pager: pages of PageSize; if a continue token expires mid-way, one full unpaged list instead.
    private async Task<(IReadOnlyList<V1Job> Items, string ResourceVersion)> ListAllAsync(string ns, string labelSelector, CancellationToken ct)
    {
        var items = new List<V1Job>();
        string? continueToken = null;
        while (true)
        {
            V1JobList page;
            try
            {
                page = await _source.ListJobsAsync(ns, labelSelector, continueToken, _options.PageSize, ct);
            }
            catch (KubernetesApiException ex) when (ex.IsExpired && continueToken is not null)
            {
                page = await _source.ListJobsAsync(ns, labelSelector, null, null, ct);
                items.Clear();
            }

            items.AddRange(page.Items);
            continueToken = page.Metadata?.ContinueProperty;
            if (string.IsNullOrEmpty(continueToken))
            {
                return (items, page.Metadata?.ResourceVersion ?? string.Empty);
            }
        }
    }

    private static async Task<(bool Moved, Exception? Error)> TryMoveNextAsync(IAsyncEnumerator<JobEvent> events, CancellationToken ct)
    {
        try
        {
            return (await events.MoveNextAsync(), null);
        }
        catch (Exception ex) when (Transient(ex, ct) || ex is KubernetesApiException { IsExpired: true })
        {
            return (false, ex);
        }
    }

    private async Task BackOffAsync(WatchBackoff backoff, string ns, string labelSelector, Exception failure, CancellationToken ct)
    {
        var delay = backoff.Next();
        KubernetesLog.WatchFailed(_logger, ns, labelSelector, delay.TotalSeconds, failure);
        await Task.Delay(delay, _options.Time, ct);
    }

    private static bool Transient(Exception ex, CancellationToken ct) => ex switch
    {
        OperationCanceledException => !ct.IsCancellationRequested,
        KubernetesApiException { StatusCode: 400 or 401 or 403 or 404 or 405 or 422 } => false,
        k8s.Exceptions.KubeConfigException => true,
        KubernetesApiException or HttpRequestException or IOException or TimeoutException or InvalidDataException
            or System.Text.Json.JsonException => true,
        _ => false,
    };

    private int WatchTimeoutSeconds() => (int)(_options.MinWatchTimeout.TotalSeconds * (1 + Random.Shared.NextDouble()));

    // The listed state, as events against what the consumer saw last.
    private static List<JobEvent> Reconcile(Dictionary<string, V1Job> known, IReadOnlyList<V1Job> listed)
    {
        var changes = new List<JobEvent>();
        var current = new Dictionary<string, V1Job>(StringComparer.Ordinal);
        foreach (var job in listed)
        {
            var name = job.Metadata?.Name ?? string.Empty;
            current[name] = job;
            changes.Add(new JobEvent(known.ContainsKey(name) ? WatchEventType.Modified : WatchEventType.Added, job));
        }

        changes.AddRange(known.Where(pair => !current.ContainsKey(pair.Key)).Select(pair => new JobEvent(WatchEventType.Deleted, pair.Value)));
        known.Clear();
        foreach (var (name, job) in current)
        {
            known[name] = job;
        }

        return changes;
    }

    private static void Track(Dictionary<string, V1Job> known, JobEvent change)
    {
        var name = change.Object.Metadata?.Name ?? string.Empty;
        if (change.Type == WatchEventType.Deleted)
        {
            known.Remove(name);
        }
        else
        {
            known[name] = change.Object;
        }
    }
}
