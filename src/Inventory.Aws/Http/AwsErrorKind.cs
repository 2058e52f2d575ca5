namespace Inventory.Aws.Http;

/// <summary>What an error means for the caller.</summary>
public enum AwsErrorKind
{
    /// <summary>Throttled: retried with backoff, and slows the client-side rate limit.</summary>
    Throttling,

    /// <summary>A 5xx, a reset or a timeout: retried with backoff.</summary>
    Transient,

    /// <summary>The session credentials expired: refreshed once, then retried.</summary>
    ExpiredCredentials,

    /// <summary>Not allowed (AccessDenied, UnauthorizedOperation…): recorded, never retried.</summary>
    AccessDenied,

    /// <summary>The region or service is not enabled for the account (OptInRequired…).</summary>
    NotEnabled,

    /// <summary>The credentials themselves are not valid (InvalidClientTokenId, AuthFailure…).</summary>
    InvalidCredentials,

    /// <summary>Any other error the service answered with: recorded, never retried.</summary>
    Other,
}
