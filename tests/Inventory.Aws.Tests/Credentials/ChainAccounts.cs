using Inventory.Testing.Aws;

namespace Inventory.Aws.Tests.Credentials;

/// <summary>
/// moto state for role-chain tests: user alice (account 111111111111) may assume role A there,
/// A may assume B in 222222222222, which trusts A. Seeded while auth is off.
/// </summary>
internal sealed record ChainAccounts(string AccessKeyId, string SecretAccessKey)
{
    public const string SourceAccount = "111111111111";
    public const string TargetAccount = "222222222222";
    public const string UserArn = "arn:aws:iam::111111111111:user/alice";
    public const string RoleA = "arn:aws:iam::111111111111:role/hop-a";
    public const string RoleB = "arn:aws:iam::222222222222:role/hop-b";

    /// <summary>In A's own account and trusting only alice: moto checks trust only for same-account roles.</summary>
    public const string UntrustingRole = "arn:aws:iam::111111111111:role/trusts-alice-only";

    /// <summary>Trusts A, but A's identity policy does not allow assuming it.</summary>
    public const string NotAllowedRole = "arn:aws:iam::222222222222:role/not-allowed";

    public static async Task<ChainAccounts> SeedAsync(MotoServer server)
    {
        var seed = server.Seed;
        await seed.CreateUserAsync(SourceAccount, "alice");
        await seed.PutUserPolicyAsync(SourceAccount, "alice", "assume-a", PolicyDocuments.Allow(RoleA, "sts:AssumeRole"));
        var (accessKeyId, secret) = await seed.CreateAccessKeyAsync(SourceAccount, "alice");

        await seed.CreateRoleAsync(SourceAccount, "hop-a", PolicyDocuments.TrustPrincipal(UserArn));
        await seed.PutRolePolicyAsync(SourceAccount, "hop-a", "assume-b", PolicyDocuments.Allow(RoleB, "sts:AssumeRole"));
        await seed.PutRolePolicyAsync(SourceAccount, "hop-a", "assume-untrusting", PolicyDocuments.Allow(UntrustingRole, "sts:AssumeRole"));
        await seed.CreateRoleAsync(TargetAccount, "hop-b", PolicyDocuments.TrustPrincipal(RoleA));

        await seed.CreateRoleAsync(SourceAccount, "trusts-alice-only", PolicyDocuments.TrustPrincipal(UserArn));
        await seed.CreateRoleAsync(TargetAccount, "not-allowed", PolicyDocuments.TrustPrincipal(RoleA));
        return new ChainAccounts(accessKeyId, secret);
    }
}
