using Inventory.Aws.Http;

namespace Inventory.Aws.Client;

/// <summary>
/// One endpoint's circuit breaker. Calls that end without any answer at all (every attempt
/// refused, reset or timed out) count in a row; any answer, an error included, resets the
/// count. At the threshold the breaker opens and the rest of the endpoint's work fails at once
/// instead of waiting out its timeouts and retries. After the cool-down one probe goes
/// through; an answer closes the breaker, no answer keeps it open. Thread-safe.
/// </summary>
internal sealed class EndpointBreaker(string endpoint, AwsClientOptions options)
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time = options.Time;
    private int _consecutive;
    private long? _openedAt;
    private bool _probing;
    private AwsError? _lastError;
    private DateTimeOffset? _since;
    private int _failuresWhenOpened;
    private int _failedFast;
    private bool _recovered;

    /// <summary>Null when the call may go; otherwise the error it fails with, untried.</summary>
    public AwsError? Refusal()
    {
        lock (_gate)
        {
            if (_openedAt is not { } opened)
            {
                return null;
            }

            if (!_probing && _time.GetElapsedTime(opened) >= options.BreakerCooldown)
            {
                _probing = true;
                return null;
            }

            _failedFast++;
            return new AwsError(
                "EndpointUnavailable",
                $"Not tried: {endpoint} gave no answer to {_failuresWhenOpened} calls in a row (last: {_lastError!.Code}: {_lastError.Message})",
                0);
        }
    }

    public void Answered()
    {
        lock (_gate)
        {
            _consecutive = 0;
            if (_openedAt is not null)
            {
                _openedAt = null;
                _probing = false;
                _recovered = true;
            }
        }
    }

    /// <summary>An attempt got no answer.</summary>
    public void NotAnswered(AwsError error)
    {
        lock (_gate)
        {
            _lastError = error;
            if (_openedAt is not null)
            {
                // The probe got no answer either: stay open for another cool-down.
                _openedAt = _time.GetTimestamp();
                _probing = false;
            }
        }
    }

    /// <summary>A call ended without any answer (its retries spent, or none allowed).</summary>
    public void GaveUp()
    {
        lock (_gate)
        {
            if (++_consecutive >= options.BreakerThreshold && _openedAt is null)
            {
                _openedAt = _time.GetTimestamp();
                _since ??= _time.GetUtcNow();
                _failuresWhenOpened = _consecutive;
                _recovered = false;
            }
        }
    }

    /// <summary>The outage, when the breaker ever opened.</summary>
    public EndpointOutage? Outage()
    {
        lock (_gate)
        {
            return _since is { } since ? new EndpointOutage(endpoint, since, _failuresWhenOpened, _failedFast, $"{_lastError!.Code}: {_lastError.Message}", _recovered) : null;
        }
    }
}
