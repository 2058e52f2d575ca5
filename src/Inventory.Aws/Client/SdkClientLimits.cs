using Amazon.Runtime;

namespace Inventory.Aws.Client;

/// <summary>
/// The same limits for the AWS SDK's clients (STS, S3) as for ours: standard retry mode with
/// <see cref="AwsClientOptions.MaxTransientAttempts"/> attempts and its retry quota, the
/// per-attempt deadline as the request timeout, and the short connect timeout.
/// </summary>
public static class SdkClientLimits
{
    public static T Apply<T>(T config, AwsClientOptions? options)
        where T : ClientConfig
    {
        ArgumentNullException.ThrowIfNull(config);
        var limits = options ?? new AwsClientOptions();
        config.RetryMode = RequestRetryMode.Standard;
        config.MaxErrorRetry = limits.MaxTransientAttempts - 1;
        config.ThrottleRetries = true;
        config.Timeout = limits.AttemptTimeout;
        config.ConnectTimeout = limits.ConnectTimeout;
        return config;
    }
}
