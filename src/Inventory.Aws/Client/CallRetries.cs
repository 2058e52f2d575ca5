namespace Inventory.Aws.Client;

/// <summary>One call's retry bookkeeping, kept by the client and read by <see cref="RetryPolicy"/>.</summary>
internal sealed class CallRetries
{
    /// <summary>Attempts made so far, the failed one included.</summary>
    public int Attempts { get; set; }

    public int TransientFailures { get; set; }

    /// <summary>Quota tokens this call's retries took, given back if it succeeds.</summary>
    public int Acquired { get; set; }

    public bool CredentialsRefreshed { get; set; }
}
