namespace Inventory.Aws.Client;

/// <summary>How a client retries and paces its calls.</summary>
public sealed record AwsClientOptions
{
    /// <summary>Attempts per call, the first included. Throttling storms need more than the SDK's 3.</summary>
    public int MaxAttempts { get; init; } = 8;

    /// <summary>The first backoff's upper bound; it doubles each attempt (full jitter).</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>No backoff waits longer than this, a Retry-After included.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>One attempt's deadline, response headers and body included.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The rate a throttled (service, region) never drops below, in calls per second.</summary>
    public double MinRate { get; init; } = 0.5;

    /// <summary>Each second without throttling gives back this share of the rate before the throttle.</summary>
    public double RecoveryPerSecond { get; init; } = 0.05;

    /// <summary>HTTP attempts in flight at once across the client; null for no limit. Backoff waits hold no slot.</summary>
    public int? MaxConcurrentCalls { get; init; }

    /// <summary>Names the rate limiters' scope, e.g. the account id, in logs.</summary>
    public string Scope { get; init; } = "default";

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
