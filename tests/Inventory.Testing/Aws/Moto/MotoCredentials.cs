namespace Inventory.Testing.Aws;

/// <summary>
/// Identities a fresh moto server knows. Keys moto did not issue belong to the management account
/// while auth is off; with auth enforced only keys moto issued (IAM users, STS) are accepted.
/// </summary>
public static class MotoCredentials
{
    /// <summary>moto's default account, and the organization's management account.</summary>
    public const string ManagementAccountId = "123456789012";

    /// <summary>Dummy access key id; moto accepts any key while auth is off.</summary>
    public const string AccessKeyId = "testing";

    /// <summary>Dummy secret key, paired with <see cref="AccessKeyId"/>.</summary>
    public const string SecretAccessKey = "testing";

    /// <summary>The region seeding uses when none is given (IAM, Organizations and S3 live there).</summary>
    public const string DefaultRegion = "us-east-1";
}
