namespace Inventory.Kubernetes;

/// <summary>How a <see cref="KubernetesApi"/> paces, times out and retries its calls.</summary>
public sealed record KubernetesApiOptions
{
    /// <summary>Requests per second, as client-go's QPS (default 5); 0 or less for no limit.</summary>
    public double Qps { get; init; } = 5;

    /// <summary>Requests that may go at once after a quiet spell, as client-go's Burst (default 10).</summary>
    public int Burst { get; init; } = 10;

    /// <summary>A call's deadline; a watch's is its timeoutSeconds plus this (a watch silent past it is dead).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Attempts per call, the first included, for 429s, 5xx and connection failures.</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>The first retry's backoff bound; it doubles each attempt, with full jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>No retry waits longer than this, a Retry-After included.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The clock of the rate limiter and of retry backoff.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
