using Amazon.SecurityToken;
using Inventory.Aws.Endpoints;

namespace Inventory.Aws.Credentials;

/// <summary>The regional STS endpoint of a region, and an SDK client config pointed at it.</summary>
internal static class StsEndpoints
{
    public static AwsEndpoint Resolve(string region, AwsEndpointResolver? endpoints = null) =>
        (endpoints ?? AwsEndpointResolver.FromEnvironment).Resolve("STS", "sts", "sts", region);

    public static AmazonSecurityTokenServiceConfig Config(AwsEndpoint endpoint) => new()
    {
        // Explicit URL and signing region: the SDK's own env/profile lookups could otherwise pick
        // a different endpoint than the one the rest of the project resolved.
        ServiceURL = endpoint.Url.ToString(),
        AuthenticationRegion = endpoint.SigningRegion,
        IgnoreConfiguredEndpointUrls = true,
    };
}
