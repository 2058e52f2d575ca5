using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inventory.Aws.Endpoints;
using Inventory.Aws.Http;

namespace Inventory.Aws.Client;

/// <summary>
/// The addresses endpoint discovery found, per (service, region, access key): AWS maps each
/// account to a cell, and the service's endpoint operation (Timestream's DescribeEndpoints) names
/// the cell's address and how many minutes it may be cached. One discovery runs at a time per
/// key; callers meanwhile await the same one. A failed discovery (an error answer or an
/// exception, such as credentials that cannot be had) is not cached.
/// </summary>
internal sealed class EndpointDiscovery(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Key, Task<Found>> _found = [];

    /// <summary>The discovered endpoint (or the discovery's failure) for a key.</summary>
    /// <param name="key">Whose cell: service, region and access key.</param>
    /// <param name="regional">The endpoint the discovery call goes to: a bare address takes its scheme, and the result its signing scope.</param>
    /// <param name="describe">Calls the endpoint operation (through the client, so with its retries, limits and breakers).</param>
    public Task<Found> FindAsync(Key key, AwsEndpoint regional, Func<Task<AwsResult>> describe, CancellationToken cancellationToken)
    {
        Task<Found> found;
        lock (_gate)
        {
            if (!_found.TryGetValue(key, out found!) || (found.IsCompleted && (!found.IsCompletedSuccessfully || !found.Result.IsFreshAt(time.GetUtcNow()))))
            {
                // Not the caller's token: the discovery is shared, and one caller giving up must not fail the others.
                found = Task.Run(() => DiscoverAsync(regional, describe), CancellationToken.None);
                _found[key] = found;
            }
        }

        return found.WaitAsync(cancellationToken);
    }

    /// <summary>Drops a discovered endpoint its service said is no longer valid, unless a newer one replaced it.</summary>
    public void Forget(Key key, Found stale)
    {
        lock (_gate)
        {
            if (_found.TryGetValue(key, out var current) && current.IsCompletedSuccessfully && ReferenceEquals(current.Result, stale))
            {
                _found.Remove(key);
            }
        }
    }

    private async Task<Found> DiscoverAsync(AwsEndpoint regional, Func<Task<AwsResult>> describe)
    {
        var result = await describe();
        if (!result.Succeeded)
        {
            return new Found(null, DateTimeOffset.MinValue, result);
        }

        // Read leniently: a malformed answer is this call's error, not an exception.
        var first = (result.Output!["Endpoints"] as JsonArray)?.FirstOrDefault();
        var address = first?["Address"] is JsonValue text && text.TryGetValue(out string? value) ? value : null;
        var minutes = first?["CachePeriodInMinutes"] is JsonValue number && number.GetValueKind() == JsonValueKind.Number
            && long.TryParse(number.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) ? whole : (long?)null;
        if (Url(address, regional.Url) is not { } url || minutes is null)
        {
            var error = new AwsError("EndpointDiscoveryFailed", $"The endpoint operation answered no usable endpoint (Address '{address}', CachePeriodInMinutes {minutes?.ToString(CultureInfo.InvariantCulture) ?? "missing"})", 0);
            return new Found(null, DateTimeOffset.MinValue, AwsResult.Failure(error, result.Attempts));
        }

        return new Found(regional with { Url = url }, time.GetUtcNow().AddMinutes(minutes.Value), null);
    }

    // AWS answers a bare host name, which real regional endpoints reach over https. A bare address
    // takes the scheme of the endpoint that answered it: https in AWS, and http only when the
    // operator pointed the client at an http endpoint (an emulator on loopback) to begin with.
    private static Uri? Url(string? address, Uri regional) =>
        string.IsNullOrWhiteSpace(address) ? null
        : address.Contains("://", StringComparison.Ordinal) ? EndpointUrl.Parse(address)
        : EndpointUrl.Parse($"{regional.Scheme}://{address.Trim()}");

    /// <summary>Whose discovered endpoint: AWS maps each account to a cell per service and region.</summary>
    public sealed record Key(string Service, string Region, string AccessKey);

    /// <summary>A discovered endpoint with its expiry, or the failed discovery call.</summary>
    public sealed record Found(AwsEndpoint? Endpoint, DateTimeOffset ExpiresAt, AwsResult? Failure)
    {
        public bool IsFreshAt(DateTimeOffset now) => Endpoint is not null && now < ExpiresAt;
    }
}
