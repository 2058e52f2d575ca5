namespace Inventory.Aws.Client;

/// <summary>Counters over a client's life, for run summaries. Thread-safe.</summary>
public sealed class AwsClientStatistics
{
    private long _calls;
    private long _attempts;
    private long _retries;
    private long _throttles;
    private long _errors;
    private long _failedFast;
    private long _quotaExhausted;

    /// <summary>Logical calls (one per <c>InvokeAsync</c>).</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>HTTP attempts, retries included.</summary>
    public long Attempts => Interlocked.Read(ref _attempts);

    public long Retries => Interlocked.Read(ref _retries);
    public long Throttles => Interlocked.Read(ref _throttles);

    /// <summary>Calls that ended in an error.</summary>
    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>Calls refused untried because their endpoint's breaker was open.</summary>
    public long CallsFailedFast => Interlocked.Read(ref _failedFast);

    /// <summary>Transient failures not retried because the client's retry quota was spent.</summary>
    public long RetriesRefused => Interlocked.Read(ref _quotaExhausted);

    internal void Call() => Interlocked.Increment(ref _calls);
    internal void Attempt() => Interlocked.Increment(ref _attempts);
    internal void Retry() => Interlocked.Increment(ref _retries);
    internal void Throttle() => Interlocked.Increment(ref _throttles);
    internal void Error() => Interlocked.Increment(ref _errors);
    internal void FailedFast() => Interlocked.Increment(ref _failedFast);
    internal void QuotaExhausted() => Interlocked.Increment(ref _quotaExhausted);
}
