using System.Collections.Concurrent;
using System.Diagnostics;

namespace Inventory.Benchmarks.Responder;

/// <summary>What the responder answered: calls per action, and how many were in flight. Thread-safe.</summary>
internal sealed class ResponderStatistics
{
    private readonly ConcurrentDictionary<string, long> _actions = new(StringComparer.Ordinal);
    private long _calls;
    private long _busyTicks;
    private int _inFlight;
    private int _maxInFlight;

    public long Calls => Interlocked.Read(ref _calls);

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>Request-seconds summed over all calls: divided by wall time, the mean calls in flight.</summary>
    public TimeSpan Busy => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _busyTicks));

    /// <summary>Calls of one action so far, e.g. <c>ec2:DescribeInstances</c>.</summary>
    public long Count(string action) => _actions.GetValueOrDefault(action);

    public long Started(string action)
    {
        Interlocked.Increment(ref _calls);
        _actions.AddOrUpdate(action, 1, static (_, n) => n + 1);
        var now = Interlocked.Increment(ref _inFlight);
        int max;
        while (now > (max = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max)
        {
        }

        return Stopwatch.GetTimestamp();
    }

    public void Finished(long started)
    {
        Interlocked.Decrement(ref _inFlight);
        Interlocked.Add(ref _busyTicks, Stopwatch.GetTimestamp() - started);
    }
}
