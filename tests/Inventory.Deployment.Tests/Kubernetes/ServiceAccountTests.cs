using Inventory.Deployment.Tests.Support;

namespace Inventory.Deployment.Tests.Kubernetes;

/// <summary>IRSA: each service account carries its role from vars.env.</summary>
public sealed class ServiceAccountTests(TestManifests rendered) : IClassFixture<TestManifests>
{
    [Theory]
    [InlineData("aws-inventory-orchestrator-sa", "ORCHESTRATOR_ROLE_ARN")]
    [InlineData("aws-inventory-runner-sa", "RUNNER_ROLE_ARN")]
    public void Each_service_account_is_annotated_with_its_role_from_vars_env(string name, string setting)
    {
        var account = rendered.Manifests.Single("ServiceAccount", name);
        Assert.Equal(TestManifests.Values[setting], account.Str("metadata", "annotations", "eks.amazonaws.com/role-arn"));
        // A string "true", as annotations must be: a YAML boolean would be refused by the API server.
        Assert.Equal("true", account.Str("metadata", "annotations", "eks.amazonaws.com/sts-regional-endpoints"));
    }

    [Fact]
    public void Only_the_two_service_accounts_exist()
    {
        Assert.Equal(
            ["aws-inventory-orchestrator-sa", "aws-inventory-runner-sa"],
            rendered.Manifests.OfKind("ServiceAccount").Select(a => a.Str("metadata", "name")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_runner_service_account_mounts_no_token()
    {
        Assert.False(rendered.Manifests.Single("ServiceAccount", "aws-inventory-runner-sa").Bool("automountServiceAccountToken"));
    }
}
