namespace Inventory.Kubernetes;

/// <summary>
/// client-go's reflector backoff: doubling from 0.8 s to 30 s, each wait stretched by up to 100 % jitter
/// (capped), starting over once <see cref="JobWatcherOptions.BackoffResetAfter"/> has passed without a failure.
/// </summary>
internal sealed class WatchBackoff(JobWatcherOptions options)
{
    private TimeSpan _next = options.InitialBackoff;
    private long? _lastFailure;

    public TimeSpan Next()
    {
        var time = options.Time;
        var now = time.GetTimestamp();
        if (_lastFailure is { } last && time.GetElapsedTime(last, now) >= options.BackoffResetAfter)
        {
            _next = options.InitialBackoff;
        }

        _lastFailure = now;
        var basis = _next;
        _next = Min(basis * 2, options.MaxBackoff);
        return Min(basis + (basis * Random.Shared.NextDouble()), options.MaxBackoff);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
