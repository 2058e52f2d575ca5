using Amazon.Runtime;
using Amazon.Runtime.Credentials;

namespace Inventory.Aws.Credentials;

/// <summary>Where a chain's first credentials come from.</summary>
public static class AwsCredentialSources
{
    /// <summary>
    /// The AWS SDK's default chain: environment keys, then web identity (AWS_ROLE_ARN +
    /// AWS_WEB_IDENTITY_TOKEN_FILE, i.e. IRSA), then the shared profile (SSO, assume-role, process),
    /// then container credentials, then instance metadata. Web identity calls the regional STS
    /// endpoint of AWS_REGION (us-east-1's when unset) and honours AWS_ENDPOINT_URL_STS /
    /// AWS_ENDPOINT_URL; the token file is re-read at every refresh.
    /// </summary>
    /// <remarks>
    /// Walks the chain anew on every call, unlike the SDK's process-wide resolver, which keeps its
    /// first answer until the key or profile variables change (not AWS_ROLE_ARN): resolve once per
    /// process and keep the result, which refreshes itself.
    /// </remarks>
    /// <exception cref="NoCredentialsException">No source in the chain has credentials.</exception>
    public static async Task<AWSCredentials> DefaultAsync(CancellationToken cancellationToken)
    {
        using var resolver = new DefaultAWSCredentialsIdentityResolver();
        try
        {
            return await resolver.ResolveIdentityAsync(null!, cancellationToken);
        }
        catch (AmazonClientException e) when (e.Message.StartsWith("Failed to resolve AWS credentials", StringComparison.Ordinal))
        {
            throw new NoCredentialsException(e);
        }
    }

    /// <summary>Fixed keys (tests, or keys handed over in memory); never read from or written to disk.</summary>
    public static AWSCredentials Static(string accessKeyId, string secretAccessKey, string? sessionToken = null) =>
        sessionToken is null
            ? new BasicAWSCredentials(accessKeyId, secretAccessKey)
            : new SessionAWSCredentials(accessKeyId, secretAccessKey, sessionToken);
}
