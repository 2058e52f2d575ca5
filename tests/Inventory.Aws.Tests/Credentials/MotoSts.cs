using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Inventory.Aws.Endpoints;

namespace Inventory.Aws.Tests.Credentials;

/// <summary>Test helpers: endpoint resolution pointed at one moto server, and "who am I" through the SDK's STS client.</summary>
internal static class MotoSts
{
    public const string Region = "us-east-1";

    /// <summary>Resolves every service to <paramref name="endpoint"/> without touching the process environment.</summary>
    public static AwsEndpointResolver Resolver(Uri endpoint) =>
        new(name => name == "AWS_ENDPOINT_URL" ? endpoint.ToString() : null);

    public static AwsEndpoint Endpoint(Uri endpoint) => new(endpoint, Region, "sts", IsOverride: true);

    public static async Task<GetCallerIdentityResponse> WhoAmIAsync(AWSCredentials credentials, Uri endpoint)
    {
        using var sts = new AmazonSecurityTokenServiceClient(credentials, new AmazonSecurityTokenServiceConfig
        {
            ServiceURL = endpoint.ToString(),
            AuthenticationRegion = Region,
        });
        return await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest(), TestContext.Current.CancellationToken);
    }
}
