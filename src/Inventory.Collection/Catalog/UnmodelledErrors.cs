namespace Inventory.Collection.Catalog;

/// <summary>
/// Error codes AWS answers that the botocore models do not list for the operation: the common
/// errors every API reference documents, and codes a service documents outside its model. An
/// <c>absent</c> code must be one of these or an error the service's model gives.
/// </summary>
public static class UnmodelledErrors
{
    // "Common Errors" of the AWS API references, plus the query protocol's AccessDenied and EC2's UnauthorizedOperation.
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "AccessDenied", "AccessDeniedException", "IncompleteSignature", "InternalFailure", "InvalidAction",
        "InvalidClientTokenId", "NotAuthorized", "OptInRequired", "RequestExpired", "ServiceUnavailable",
        "ThrottlingException", "ValidationError", "UnauthorizedOperation",
    };

    private static readonly Dictionary<string, HashSet<string>> ByModel = new(StringComparer.Ordinal)
    {
        // The S3 model lists almost no errors; "Amazon S3 error responses" documents these codes for the bucket subresources.
        ["s3"] = new(StringComparer.Ordinal)
        {
            "NoSuchBucketPolicy", "ServerSideEncryptionConfigurationNotFoundError", "ReplicationConfigurationNotFoundError",
            "NoSuchPublicAccessBlockConfiguration", "ObjectLockConfigurationNotFoundError", "NoSuchTagSet",
            "NoSuchWebsiteConfiguration", "OwnershipControlsNotFoundError", "NoSuchLifecycleConfiguration", "NoSuchCORSConfiguration",
        },
        // S3 Control answers an access point without a policy with this code ("Amazon S3 error responses").
        ["s3control"] = new(StringComparer.Ordinal) { "NoSuchAccessPointPolicy" },
        // The Support API answers accounts without a Business or Enterprise support plan with this code.
        ["support"] = new(StringComparer.Ordinal) { "SubscriptionRequiredException" },
    };

    public static bool Documents(string model, string code) =>
        Common.Contains(code) || (ByModel.TryGetValue(model, out var codes) && codes.Contains(code));
}
