using Inventory.Aws.Http;
using Inventory.Aws.Model;

namespace Inventory.Aws.Client;

/// <summary>
/// The one place that decides whether a failed call is tried again, in the AWS SDKs' standard
/// mode's terms: transient errors (5xx, timeouts, resets, errors the model marks retryable) at
/// most <see cref="AwsClientOptions.MaxTransientAttempts"/> attempts, each retry paid from the
/// client's <see cref="RetryQuota"/> (a timeout costs double); throttling up to
/// <see cref="AwsClientOptions.MaxAttempts"/>, paced by the adaptive rate limit rather than
/// the quota; an expired session refreshed once; anything else returned at once.
/// </summary>
internal sealed class RetryPolicy(AwsClientOptions options)
{
    private static readonly HashSet<string> Timeouts = new(StringComparer.Ordinal) { "RequestTimeout", "RequestTimeoutException" };

    private readonly RetryQuota _quota = new(options.RetryQuota);

    /// <summary>Tokens left in the retry quota.</summary>
    public int QuotaLeft => _quota.Available;

    public RetryDecision Decide(OperationModel operation, AwsError error, CallRetries call, TimeSpan? retryAfter)
    {
        var kind = ErrorTraits.KindOf(operation, error);
        var last = call.Attempts >= options.MaxAttempts;
        switch (kind)
        {
            case AwsErrorKind.ExpiredCredentials when !call.CredentialsRefreshed && !last:
                call.CredentialsRefreshed = true;
                return new RetryDecision(RetryAction.RefreshCredentials, kind);
            case AwsErrorKind.Throttling when !last:
                return new RetryDecision(RetryAction.Retry, kind, Backoff.Delay(call.Attempts, options, retryAfter));
            case AwsErrorKind.Transient:
                call.TransientFailures++;
                if (last || call.TransientFailures >= options.MaxTransientAttempts)
                {
                    return new RetryDecision(RetryAction.GiveUp, kind);
                }

                var cost = Timeouts.Contains(error.Code) ? options.TimeoutRetryCost : options.RetryCost;
                if (!_quota.TryAcquire(cost))
                {
                    return new RetryDecision(RetryAction.GiveUp, kind, QuotaExhausted: true);
                }

                call.Acquired += cost;
                return new RetryDecision(RetryAction.Retry, kind, Backoff.Delay(call.Attempts, options, retryAfter));
            default:
                return new RetryDecision(RetryAction.GiveUp, kind);
        }
    }

    public void Succeeded(CallRetries call) => _quota.Release(call.Acquired);
}
