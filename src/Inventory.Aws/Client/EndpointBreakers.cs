using System.Collections.Concurrent;

namespace Inventory.Aws.Client;

/// <summary>One breaker per endpoint URL of a client.</summary>
internal sealed class EndpointBreakers(AwsClientOptions options)
{
    private readonly ConcurrentDictionary<string, EndpointBreaker> _breakers = new(StringComparer.Ordinal);

    public EndpointBreaker For(Uri endpoint) =>
        _breakers.GetOrAdd(endpoint.GetLeftPart(UriPartial.Path), static (name, options) => new EndpointBreaker(name, options), options);

    public IReadOnlyList<EndpointOutage> Outages() =>
        [.. _breakers.Values.Select(b => b.Outage()).OfType<EndpointOutage>().OrderBy(o => o.Since)];
}
