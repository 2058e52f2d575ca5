namespace Inventory.Testing.Aws;

public sealed partial class MotoSeeder
{
    /// <summary>Creates a role; returns its ARN. See <see cref="PolicyDocuments.TrustPrincipal"/>.</summary>
    public async Task<string> CreateRoleAsync(
        string accountId, string roleName, string trustPolicyJson, string path = "/", CancellationToken ct = default)
    {
        var xml = await IamAsync(accountId, "CreateRole", ct,
            ("RoleName", roleName), ("Path", path), ("AssumeRolePolicyDocument", trustPolicyJson));
        return XmlText.First(xml, "Arn");
    }

    public Task PutRolePolicyAsync(string accountId, string roleName, string policyName, string policyJson, CancellationToken ct = default) =>
        IamAsync(accountId, "PutRolePolicy", ct,
            ("RoleName", roleName), ("PolicyName", policyName), ("PolicyDocument", policyJson));

    /// <summary>
    /// Creates a customer managed policy; returns its ARN. AWS managed policies
    /// (arn:aws:iam::aws:policy/…) do not exist in this moto: it runs without MOTO_IAM_LOAD_MANAGED_POLICIES.
    /// </summary>
    public async Task<string> CreatePolicyAsync(string accountId, string policyName, string policyJson, CancellationToken ct = default)
    {
        var xml = await IamAsync(accountId, "CreatePolicy", ct, ("PolicyName", policyName), ("PolicyDocument", policyJson));
        return XmlText.First(xml, "Arn");
    }

    /// <summary>Attaches a managed policy that exists in moto (see <see cref="CreatePolicyAsync"/>).</summary>
    public Task AttachRolePolicyAsync(string accountId, string roleName, string policyArn, CancellationToken ct = default) =>
        IamAsync(accountId, "AttachRolePolicy", ct, ("RoleName", roleName), ("PolicyArn", policyArn));

    /// <summary>Creates a user; returns its ARN.</summary>
    public async Task<string> CreateUserAsync(string accountId, string userName, CancellationToken ct = default)
    {
        var xml = await IamAsync(accountId, "CreateUser", ct, ("UserName", userName));
        return XmlText.First(xml, "Arn");
    }

    /// <summary>An access key moto issued, so it is accepted (and signature-checked) with auth enforced.</summary>
    public async Task<(string AccessKeyId, string SecretAccessKey)> CreateAccessKeyAsync(
        string accountId, string userName, CancellationToken ct = default)
    {
        var xml = await IamAsync(accountId, "CreateAccessKey", ct, ("UserName", userName));
        return (XmlText.First(xml, "AccessKeyId"), XmlText.First(xml, "SecretAccessKey"));
    }

    public Task PutUserPolicyAsync(string accountId, string userName, string policyName, string policyJson, CancellationToken ct = default) =>
        IamAsync(accountId, "PutUserPolicy", ct,
            ("UserName", userName), ("PolicyName", policyName), ("PolicyDocument", policyJson));
}
