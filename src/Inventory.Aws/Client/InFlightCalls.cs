using System.Collections.Concurrent;

namespace Inventory.Aws.Client;

/// <summary>
/// The AWS calls waiting on an answer, ours and the SDK clients', so a worker can say what it
/// waits on (a progress line) instead of going silent while an endpoint does not answer.
/// </summary>
public sealed class InFlightCalls
{
    private readonly ConcurrentDictionary<long, InFlightCall> _calls = new();
    private long _next;

    /// <summary>The process's list, which every client uses unless told otherwise.</summary>
    public static InFlightCalls Shared { get; } = new();

    /// <summary>Lists a call until the returned handle is disposed.</summary>
    public IDisposable Track(string scope, string service, string operation, string region, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var id = Interlocked.Increment(ref _next);
        _calls[id] = new InFlightCall(scope, service, operation, region, time.GetUtcNow());
        return new Handle(this, id);
    }

    /// <summary>A scope's call that has waited longest, and how many of its calls are waiting.</summary>
    public (InFlightCall Call, int Waiting)? Longest(string scope)
    {
        var waiting = _calls.Values.Where(call => call.Scope == scope).ToList();
        return waiting.Count == 0 ? null : (waiting.MinBy(call => call.Since)!, waiting.Count);
    }

    private sealed class Handle(InFlightCalls owner, long id) : IDisposable
    {
        public void Dispose() => owner._calls.TryRemove(id, out _);
    }
}
