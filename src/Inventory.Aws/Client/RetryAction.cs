namespace Inventory.Aws.Client;

/// <summary>What <see cref="RetryPolicy"/> tells the client to do after a failed attempt.</summary>
internal enum RetryAction
{
    /// <summary>Return the error to the caller.</summary>
    GiveUp,

    /// <summary>Wait the decision's delay, then try again.</summary>
    Retry,

    /// <summary>Drop the cached credentials and try again at once (the session expired).</summary>
    RefreshCredentials,
}
