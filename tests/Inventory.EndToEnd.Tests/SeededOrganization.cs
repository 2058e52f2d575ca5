using Inventory.Run;
using Inventory.Testing.Aws;

namespace Inventory.EndToEnd.Tests;

/// <summary>
/// The organization the end-to-end run inventories: the management account and five created ones,
/// one suspended, one whose inventory role does not trust Inventory-Runner, one with EC2 instances
/// in three regions, two plain. Plus the Inventory-Runner role (IRSA) and the output bucket.
/// </summary>
internal sealed record SeededOrganization(
    string Workloads, string Sandbox, string Shared, string Legacy, string Retired, IReadOnlyDictionary<string, string> InstanceRegions)
{
    public const string Management = MotoCredentials.ManagementAccountId;
    public const string Bucket = "inventory-e2e";
    public const string RunnerRoleArn = $"arn:aws:iam::{Management}:role/Inventory-Runner";
    public const string OidcProviderArn = $"arn:aws:iam::{Management}:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/FAKEKUBERNETES";
    public static readonly string[] Regions = ["us-east-1", "eu-west-1", "ap-southeast-2"];

    /// <summary>Accounts the runners can collect, with the names Organizations lists them by.</summary>
    public IReadOnlyDictionary<string, string> Collectable => new Dictionary<string, string>
    {
        [Management] = "master",
        [Workloads] = "workloads",
        [Sandbox] = "sandbox",
        [Shared] = "shared",
    };

    public static async Task<SeededOrganization> SeedAsync(MotoSeeder seed, CancellationToken ct)
    {
        await seed.CreateOrganizationAsync(ct);
        var workloads = await seed.CreateAccountAsync("workloads", "workloads@example.com", ct);
        var sandbox = await seed.CreateAccountAsync("sandbox", "sandbox@example.com", ct);
        var shared = await seed.CreateAccountAsync("shared", "shared@example.com", ct);
        var legacy = await seed.CreateAccountAsync("legacy", "legacy@example.com", ct);
        var retired = await seed.CreateAccountAsync("retired", "retired@example.com", ct);
        await seed.CloseAccountAsync(retired, ct);

        // Inventory-Runner: assumed by the runner pods' service account through the cluster's OIDC provider.
        await seed.CreateRoleAsync(Management, "Inventory-Runner", PolicyDocuments.TrustWebIdentity(OidcProviderArn), ct: ct);
        await seed.PutRolePolicyAsync(Management, "Inventory-Runner", "assume-inventory", PolicyDocuments.Allow("arn:aws:iam::*:role/inventory", "sts:AssumeRole"), ct);
        await seed.PutRolePolicyAsync(Management, "Inventory-Runner", "write-inventory", PolicyDocuments.Allow($"arn:aws:s3:::{Bucket}/AWSRecon/*", "s3:PutObject", "s3:AbortMultipartUpload", "s3:GetObject", "s3:DeleteObject"), ct);
        await seed.PutRolePolicyAsync(Management, "Inventory-Runner", "list-inventory", PolicyDocuments.Allow($"arn:aws:s3:::{Bucket}", "s3:ListBucket"), ct);
        await seed.CreateBucketAsync(Management, Bucket, "us-east-1", ct);

        foreach (var account in new[] { Management, workloads, sandbox, shared })
        {
            await seed.CreateRoleAsync(account, "inventory", PolicyDocuments.TrustPrincipal(RunnerRoleArn), ct: ct);
        }

        // Legacy's role trusts only its own account, not Inventory-Runner. moto does not evaluate
        // cross-account trust, so the test's proxy answers AWS's AccessDenied for it.
        await seed.CreateRoleAsync(legacy, "inventory", PolicyDocuments.TrustPrincipal($"arn:aws:iam::{legacy}:root"), ct: ct);

        var instances = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (region, count) in Regions.Zip([1, 2, 1]))
        {
            foreach (var id in await seed.RunInstancesAsync(workloads, region, count, ct))
            {
                instances[id] = region;
            }
        }

        return new SeededOrganization(workloads, sandbox, shared, legacy, retired, instances);
    }

    /// <summary>The AssumeRole form parameter naming an account's inventory role, as the SDK encodes it.</summary>
    public static string RoleArnParameter(string account) =>
        "RoleArn=" + Uri.EscapeDataString($"arn:aws:iam::{account}:role/inventory");
}
