using System.Runtime.CompilerServices;
using k8s;
using k8s.Models;

namespace Inventory.Kubernetes.Tests.Support;

/// <summary>
/// Lists and watches that answer from a script, so the watch loop's decisions can be checked one by one.
/// A watch with no script left hangs until cancelled, as a quiet watch does.
/// </summary>
internal sealed class ScriptedJobSource : IJobSource
{
    private readonly Lock _gate = new();
    private readonly Queue<Func<string?, int?, V1JobList>> _lists = new();
    private readonly Queue<(IReadOnlyList<JobEvent> Events, Exception? End)> _watches = new();
    private readonly List<(string? Continue, int? Limit)> _listCalls = [];
    private readonly List<(string ResourceVersion, bool Bookmarks, int? TimeoutSeconds)> _watchCalls = [];

    public IReadOnlyList<(string? Continue, int? Limit)> ListCalls
    {
        get
        {
            lock (_gate)
            {
                return [.. _listCalls];
            }
        }
    }

    public IReadOnlyList<(string ResourceVersion, bool Bookmarks, int? TimeoutSeconds)> WatchCalls
    {
        get
        {
            lock (_gate)
            {
                return [.. _watchCalls];
            }
        }
    }

    public static V1Job Job(string name, string resourceVersion) =>
        new() { Metadata = new V1ObjectMeta { Name = name, ResourceVersion = resourceVersion } };

    public static JobEvent Event(WatchEventType type, string name, string resourceVersion) => new(type, Job(name, resourceVersion));

    public static JobEvent Bookmark(string resourceVersion) => new(WatchEventType.Bookmark, Job(string.Empty, resourceVersion));

    public void AnswerList(string resourceVersion, params V1Job[] items) =>
        AnswerList((_, _) => new V1JobList { Metadata = new V1ListMeta { ResourceVersion = resourceVersion }, Items = items });

    public void AnswerList(Func<string?, int?, V1JobList> answer)
    {
        lock (_gate)
        {
            _lists.Enqueue(answer);
        }
    }

    public void FailList(Exception error) => AnswerList((_, _) => throw error);

    public void AnswerWatch(Exception? end, params JobEvent[] events)
    {
        lock (_gate)
        {
            _watches.Enqueue((events, end));
        }
    }

    public Task<V1JobList> ListJobsAsync(string ns, string? labelSelector, string? continueToken = null, int? limit = null, CancellationToken ct = default)
    {
        Func<string?, int?, V1JobList> answer;
        lock (_gate)
        {
            _listCalls.Add((continueToken, limit));
            answer = _lists.Dequeue();
        }

        return Task.FromResult(answer(continueToken, limit));
    }

    public async IAsyncEnumerable<JobEvent> WatchJobsAsync(
        string ns, string? labelSelector, string resourceVersion, bool allowBookmarks = true, int? timeoutSeconds = null,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        (IReadOnlyList<JobEvent> Events, Exception? End)? script;
        lock (_gate)
        {
            _watchCalls.Add((resourceVersion, allowBookmarks, timeoutSeconds));
            script = _watches.Count > 0 ? _watches.Dequeue() : null;
        }

        await Task.Yield();
        if (script is null)
        {
            await Task.Delay(Timeout.Infinite, ct);
            yield break;
        }

        foreach (var change in script.Value.Events)
        {
            yield return change;
        }

        if (script.Value.End is { } end)
        {
            throw end;
        }
    }
}
