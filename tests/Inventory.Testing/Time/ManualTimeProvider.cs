namespace Inventory.Testing.Time;

/// <summary>
/// A clock that moves only when a test advances it; timers (and so Task.Delay) fire then.
/// Lets tests check pacing and backoff without sleeping or timing anything.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private long _ticks;

    public DateTimeOffset Start { get; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        lock (_gate)
        {
            return _ticks;
        }
    }

    public override DateTimeOffset GetUtcNow() => Start.AddTicks(GetTimestamp());

    /// <summary>Time elapsed since the start.</summary>
    public TimeSpan Elapsed => TimeSpan.FromTicks(GetTimestamp());

    /// <summary>Timers waiting to fire.</summary>
    public int PendingTimers
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count(timer => timer.DueAt is not null);
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock, firing each due timer at its own time, in order.</summary>
    public void Advance(TimeSpan by)
    {
        long target;
        lock (_gate)
        {
            target = _ticks + by.Ticks;
        }

        while (true)
        {
            ManualTimer? next;
            lock (_gate)
            {
                next = _timers.Where(timer => timer.DueAt <= target).MinBy(timer => timer.DueAt);
                if (next is null)
                {
                    _ticks = target;
                    return;
                }

                _ticks = Math.Max(_ticks, next.DueAt!.Value);
                next.Fired();
            }

            next.Invoke();
        }
    }

    /// <summary>Advances to the next timer's due time, if any; returns false when none waits.</summary>
    public bool AdvanceToNextTimer()
    {
        long? due;
        lock (_gate)
        {
            due = _timers.Where(timer => timer.DueAt is not null).Min(timer => timer.DueAt);
            if (due is null)
            {
                return false;
            }

            due -= _ticks;
        }

        Advance(TimeSpan.FromTicks(Math.Max(0, due.Value)));
        return true;
    }

    private sealed class ManualTimer(ManualTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private long _period;

        public long? DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                _period = period == Timeout.InfiniteTimeSpan ? 0 : period.Ticks;
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : clock._ticks + Math.Max(0, dueTime.Ticks);
            }

            return true;
        }

        // Called under the clock's lock.
        public void Fired() => DueAt = _period > 0 ? DueAt + _period : null;

        public void Invoke() => callback(state);

        public void Dispose()
        {
            lock (clock._gate)
            {
                DueAt = null;
                clock._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
