using Inventory.Deployment.Tests.Support;

namespace Inventory.Deployment.Tests.Iam;

/// <summary>Who may assume each role: one service account each through the cluster's OIDC provider; Inventory-Runner alone for inventory.</summary>
public sealed class TrustPolicyTests
{
    [Theory]
    [InlineData("orchestrator-trust-policy.json", "aws-inventory-orchestrator-sa")]
    [InlineData("runner-trust-policy.json", "aws-inventory-runner-sa")]
    public void A_worker_role_trusts_its_service_account_through_the_clusters_OIDC_provider(string file, string serviceAccount)
    {
        var provider = IamTemplates.Sample["OidcProvider"];
        var statement = Assert.Single(IamTemplates.Policy(file).Statements);
        Assert.Equal("Allow", statement.Effect);
        Assert.Equal(["sts:AssumeRoleWithWebIdentity"], statement.Actions);
        Assert.Equal($"arn:aws:iam::222222222222:oidc-provider/{provider}", statement.Principal.Str("Federated"));
        Assert.Equal(["Federated"], statement.Principal!.AsObject().Select(p => p.Key));
        var equals = statement.Condition.At("StringEquals")!.AsObject();
        Assert.Equal(["StringEquals"], statement.Condition!.Select(c => c.Key));
        Assert.Equal($"system:serviceaccount:inventory:{serviceAccount}", equals.Str($"{provider}:sub"));
        Assert.Equal("sts.amazonaws.com", equals.Str($"{provider}:aud"));
        Assert.Equal(2, equals.Count);
    }

    [Fact]
    public void The_inventory_role_trusts_Inventory_Runner_alone_with_the_external_id()
    {
        var statement = Assert.Single(IamTemplates.Policy("inventory-trust-policy.json").Statements);
        Assert.Equal("Allow", statement.Effect);
        Assert.Equal(["sts:AssumeRole"], statement.Actions);
        Assert.Equal(["AWS"], statement.Principal!.AsObject().Select(p => p.Key));
        Assert.Equal(IamTemplates.Sample["RunnerRoleArn"], statement.Principal.Str("AWS"));
        Assert.Equal(IamTemplates.Sample["ExternalId"], statement.Condition.Str("StringEquals", "sts:ExternalId"));
    }

    [Fact]
    public void No_trust_policy_names_anyone()
    {
        foreach (var file in new[] { "orchestrator-trust-policy.json", "runner-trust-policy.json", "inventory-trust-policy.json" })
        {
            var text = IamTemplates.Resolve(file).ToJsonString();
            Assert.DoesNotContain("\"*\"", text, StringComparison.Ordinal);
            Assert.DoesNotContain(":root", text, StringComparison.Ordinal);
        }
    }
}
