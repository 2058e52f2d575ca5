namespace Inventory.Aws.Client;

/// <summary>Transport limits every AWS call shares, ours and the SDK clients' alike.</summary>
public static class AwsHttpDefaults
{
    /// <summary>
    /// A TCP connect to an AWS endpoint takes milliseconds; one that takes seconds will not
    /// finish. 3.1 s is the AWS SDKs' "standard" defaults mode (connectTimeoutInMillis 3100).
    /// </summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(3.1);
}
