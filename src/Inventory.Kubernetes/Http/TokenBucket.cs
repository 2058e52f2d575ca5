namespace Inventory.Kubernetes;

/// <summary>
/// client-go's client-side rate limit: a bucket of <c>burst</c> tokens refilled at <c>qps</c> a second.
/// Each request takes one; when none is left it reserves the next and waits for it, so callers go out in
/// the order they asked and the rate never exceeds qps once the burst is spent.
/// </summary>
internal sealed class TokenBucket
{
    private readonly Lock _gate = new();
    private readonly double _qps;
    private readonly int _burst;
    private readonly TimeProvider _time;
    private double _tokens;
    private long _refilledAt;

    public TokenBucket(double qps, int burst, TimeProvider time)
    {
        _qps = qps;
        _burst = Math.Max(1, burst);
        _time = time;
        _tokens = _burst;
        _refilledAt = time.GetTimestamp();
    }

    public bool Unlimited => _qps <= 0;

    public ValueTask AcquireAsync(CancellationToken ct)
    {
        if (Unlimited)
        {
            return ValueTask.CompletedTask;
        }

        TimeSpan wait;
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            _tokens = Math.Min(_burst, _tokens + (_time.GetElapsedTime(_refilledAt, now).TotalSeconds * _qps));
            _refilledAt = now;
            _tokens -= 1;
            wait = _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / _qps);
        }

        return wait == TimeSpan.Zero ? ValueTask.CompletedTask : WaitAsync(wait, ct);
    }

    private async ValueTask WaitAsync(TimeSpan wait, CancellationToken ct)
    {
        try
        {
            await Task.Delay(wait, _time, ct);
        }
        catch (OperationCanceledException)
        {
            lock (_gate)
            {
                _tokens += 1;
            }

            throw;
        }
    }
}
