using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Inventory.Aws.Client;
using Inventory.Aws.Endpoints;

namespace Inventory.Aws.S3;

/// <summary>An S3 client for a region, or for the endpoint AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL names.</summary>
internal static class S3Clients
{
    public static AmazonS3Client Create(AWSCredentials credentials, string region, AwsEndpointResolver? endpoints, AwsClientOptions? limits = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        var endpoint = (endpoints ?? AwsEndpointResolver.FromEnvironment).Resolve("S3", "s3", "s3", region);
        // Our resolver decides the endpoint; the SDK must not apply its own env/profile lookup on top.
        var config = new AmazonS3Config { IgnoreConfiguredEndpointUrls = true };
        if (endpoint.IsOverride)
        {
            config.ServiceURL = endpoint.Url.ToString();
            config.AuthenticationRegion = endpoint.SigningRegion;
            // Emulators and MinIO are reached by IP or a plain host name: no bucket subdomains.
            config.ForcePathStyle = true;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        return new AmazonS3Client(credentials, SdkClientLimits.Apply(config, limits));
    }
}
