namespace Inventory.Aws.Client;

/// <summary>
/// A client-side token bucket for one (account, service, region). Unlimited until the service
/// throttles; then the rate halves from what was being sent, and each calm second gives back a
/// small share until the pre-throttle rate is reached and the limit lifts again.
/// </summary>
internal sealed class AdaptiveRateLimiter(AwsClientOptions options)
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time = options.Time;
    private double? _rate;
    private double _rateBeforeThrottle;
    private double _tokens;
    private long _lastRefill;
    private long _lastRecovery;
    private long _windowStart;
    private int _windowCount;
    private double _measuredRate;

    /// <summary>The current limit in calls per second; null while unlimited.</summary>
    public double? Rate
    {
        get
        {
            lock (_gate)
            {
                return _rate;
            }
        }
    }

    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            Measure(now);
            if (_rate is not { } rate)
            {
                return;
            }

            _tokens = Math.Min(Math.Max(1, rate), _tokens + (Seconds(_lastRefill, now) * rate));
            _lastRefill = now;

            // Reserve the token now and wait for it to exist, so waiters queue in order.
            _tokens -= 1;
            if (_tokens >= 0)
            {
                return;
            }

            wait = TimeSpan.FromSeconds(-_tokens / rate);
        }

        await Task.Delay(wait, _time, cancellationToken);
    }

    public void OnThrottle()
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            var sending = _rate ?? Math.Max(_measuredRate, options.MinRate * 2);
            if (_rate is null)
            {
                _rateBeforeThrottle = sending;
                _tokens = 0;
                _lastRefill = now;
            }

            _rate = Math.Max(options.MinRate, sending / 2);
            _lastRecovery = now;
        }
    }

    public void OnSuccess()
    {
        lock (_gate)
        {
            if (_rate is not { } rate)
            {
                return;
            }

            var now = _time.GetTimestamp();
            var calm = Seconds(_lastRecovery, now);
            if (calm < 1)
            {
                return;
            }

            rate += _rateBeforeThrottle * options.RecoveryPerSecond * calm;
            _rate = rate >= _rateBeforeThrottle ? null : rate;
            _lastRecovery = now;
        }
    }

    // Counts calls per one-second window, so the first throttle halves what was really sent.
    private void Measure(long now)
    {
        var elapsed = Seconds(_windowStart, now);
        if (elapsed >= 1)
        {
            _measuredRate = _windowCount / elapsed;
            _windowStart = now;
            _windowCount = 0;
        }

        _windowCount++;
    }

    private double Seconds(long from, long to) => _time.GetElapsedTime(from, to).TotalSeconds;
}
