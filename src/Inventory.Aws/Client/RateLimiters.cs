using System.Collections.Concurrent;

namespace Inventory.Aws.Client;

/// <summary>One adaptive limiter per (service, region) of a client.</summary>
internal sealed class RateLimiters
{
    private readonly ConcurrentDictionary<(string Service, string Region), AdaptiveRateLimiter> _limiters = new();

    public AdaptiveRateLimiter Get(string service, string region, AwsClientOptions options) =>
        _limiters.GetOrAdd((service, region), static (_, options) => new AdaptiveRateLimiter(options), options);
}
