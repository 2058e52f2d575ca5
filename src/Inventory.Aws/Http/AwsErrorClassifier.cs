namespace Inventory.Aws.Http;

/// <summary>Maps AWS error codes and statuses to <see cref="AwsErrorKind"/>; the codes are AWS's.</summary>
internal static class AwsErrorClassifier
{
    private static readonly HashSet<string> Throttling = new(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
        "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException",
    };

    private static readonly HashSet<string> Transient = new(StringComparer.Ordinal)
    {
        "RequestTimeout", "RequestTimeoutException", "InternalError", "InternalFailure",
        "ServiceUnavailable", "InternalServerError", "InternalServiceError", "ServiceUnavailableException",
    };

    private static readonly HashSet<string> Expired = new(StringComparer.Ordinal)
    {
        "ExpiredToken", "ExpiredTokenException", "RequestExpired",
    };

    private static readonly HashSet<string> Denied = new(StringComparer.Ordinal)
    {
        "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnauthorizedAccess",
        "AuthorizationError", "AuthorizationErrorException", "Forbidden", "ForbiddenException",
    };

    private static readonly HashSet<string> NotEnabled = new(StringComparer.Ordinal)
    {
        "OptInRequired", "SubscriptionRequiredException", "UnrecognizedServiceException",
        "InvalidAction", "AWSOrganizationsNotInUseException",
    };

    private static readonly HashSet<string> InvalidCredentials = new(StringComparer.Ordinal)
    {
        "InvalidClientTokenId", "UnrecognizedClientException", "AuthFailure", "SignatureDoesNotMatch",
        "InvalidAccessKeyId", "IncompleteSignature", "InvalidSignatureException", "MissingAuthenticationToken",
    };

    public static AwsErrorKind Classify(AwsError error) => error switch
    {
        _ when Throttling.Contains(error.Code) || error.StatusCode == 429 => AwsErrorKind.Throttling,
        _ when Expired.Contains(error.Code) => AwsErrorKind.ExpiredCredentials,
        _ when Denied.Contains(error.Code) => AwsErrorKind.AccessDenied,
        _ when NotEnabled.Contains(error.Code) => AwsErrorKind.NotEnabled,
        _ when InvalidCredentials.Contains(error.Code) => AwsErrorKind.InvalidCredentials,
        _ when Transient.Contains(error.Code) || error.StatusCode is >= 500 and <= 599 => AwsErrorKind.Transient,
        _ => AwsErrorKind.Other,
    };
}
