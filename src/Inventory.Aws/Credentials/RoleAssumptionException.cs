namespace Inventory.Aws.Credentials;

/// <summary>
/// STS refused a role assumption (AccessDenied, InvalidClientTokenId, ExpiredToken, …). Carries
/// AWS's error code so the failure can be recorded as it was reported.
/// </summary>
public sealed class RoleAssumptionException : Exception
{
    public RoleAssumptionException()
    {
    }

    public RoleAssumptionException(string message)
        : base(message)
    {
    }

    public RoleAssumptionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RoleAssumptionException(string roleArn, string errorCode, string awsMessage, Exception? innerException)
        : base($"Could not assume {roleArn}: {errorCode}: {awsMessage}", innerException)
    {
        RoleArn = roleArn;
        ErrorCode = errorCode;
    }

    /// <summary>The role that could not be assumed.</summary>
    public string RoleArn { get; } = string.Empty;

    /// <summary>AWS's error code, e.g. <c>AccessDenied</c>.</summary>
    public string ErrorCode { get; } = string.Empty;
}
