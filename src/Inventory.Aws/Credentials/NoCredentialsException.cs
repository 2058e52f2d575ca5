using Amazon.Runtime;

namespace Inventory.Aws.Credentials;

/// <summary>
/// The AWS SDK's default chain found no credentials. One line that says where it looked and
/// what an emulator needs, instead of the SDK's four-part message.
/// </summary>
public sealed class NoCredentialsException(Exception inner) : AmazonClientException(
    "No AWS credentials: none in AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_ROLE_ARN with AWS_WEB_IDENTITY_TOKEN_FILE, "
    + "the shared config's profile (AWS_PROFILE, default \"default\") or instance metadata. "
    + "An emulator accepts any keys: AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test.",
    inner);
