namespace Inventory.Aws.Client;

/// <summary>
/// A client's retry budget, as in the AWS SDKs' standard mode: each transient retry takes
/// tokens, a call that then succeeds gives them back, a first-try success adds one. When the
/// quota is spent, failures are no longer retried, so a storm of them ends fast. Thread-safe.
/// </summary>
internal sealed class RetryQuota(int capacity)
{
    private readonly Lock _gate = new();
    private readonly int _capacity = capacity;
    private int _tokens = capacity;

    public int Available
    {
        get
        {
            lock (_gate)
            {
                return _tokens;
            }
        }
    }

    public bool TryAcquire(int cost)
    {
        lock (_gate)
        {
            if (_tokens < cost)
            {
                return false;
            }

            _tokens -= cost;
            return true;
        }
    }

    /// <summary>A call succeeded: it gives back what its retries took, or one token when it took none.</summary>
    public void Release(int acquired)
    {
        lock (_gate)
        {
            _tokens = Math.Min(_capacity, _tokens + (acquired > 0 ? acquired : 1));
        }
    }
}
