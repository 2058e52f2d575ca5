namespace Inventory.Aws.Client;

/// <summary>
/// How a client retries, paces and bounds its calls. The defaults are the AWS SDKs' standard
/// retry mode (3 attempts for transient errors, a 500-token retry quota) with more room for
/// throttling, which the adaptive rate limit paces instead of the quota.
/// </summary>
public sealed record AwsClientOptions
{
    /// <summary>Attempts per call, the first included, whatever the error: throttling may use them all.</summary>
    public int MaxAttempts { get; init; } = 8;

    /// <summary>Attempts when the errors are transient (5xx, timeouts, resets): the SDKs' standard 3.</summary>
    public int MaxTransientAttempts { get; init; } = 3;

    /// <summary>The first backoff's upper bound; it doubles each attempt (full jitter).</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>No backoff waits longer than this, a Retry-After included.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>One attempt's deadline, response headers and body included (ATTEMPT_TIMEOUT_SECONDS).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a TCP connection may take to open; the SDK clients get it too (our pooled handler has it built in).</summary>
    public TimeSpan ConnectTimeout { get; init; } = AwsHttpDefaults.ConnectTimeout;

    /// <summary>The client's retry quota in tokens (the SDKs' standard mode: 500).</summary>
    public int RetryQuota { get; init; } = 500;

    /// <summary>Tokens a transient retry takes from the quota; given back when the call succeeds.</summary>
    public int RetryCost { get; init; } = 5;

    /// <summary>Tokens a retry after a timeout takes.</summary>
    public int TimeoutRetryCost { get; init; } = 10;

    /// <summary>
    /// Calls in a row that ended without any answer from their endpoint (every attempt refused,
    /// reset or timed out) that open its breaker. Calls, not attempts: a blip that retries get
    /// past is not an outage.
    /// </summary>
    public int BreakerThreshold { get; init; } = 5;

    /// <summary>An open breaker lets one probe through after this long; an answer closes it.</summary>
    public TimeSpan BreakerCooldown { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The rate a throttled (service, region) never drops below, in calls per second.</summary>
    public double MinRate { get; init; } = 0.5;

    /// <summary>Each second without throttling gives back this share of the rate before the throttle.</summary>
    public double RecoveryPerSecond { get; init; } = 0.05;

    /// <summary>HTTP attempts in flight at once across the client; null for no limit. Backoff waits hold no slot.</summary>
    public int? MaxConcurrentCalls { get; init; }

    /// <summary>Names the client's calls, e.g. the account id: rate limiters in logs, waiting calls in progress lines.</summary>
    public string Scope { get; init; } = "default";

    /// <summary>Where calls in flight are listed for progress lines.</summary>
    public InFlightCalls InFlight { get; init; } = InFlightCalls.Shared;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// For tests only: endpoint discovery even when AWS_ENDPOINT_URL(_SERVICE) configures the
    /// endpoint, which otherwise takes the calls as it is (so emulators work unchanged).
    /// </summary>
    internal bool DiscoverEndpointsDespiteOverride { get; init; }
}
