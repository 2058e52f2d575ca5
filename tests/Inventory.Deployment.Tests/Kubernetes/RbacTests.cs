using Inventory.Deployment.Tests.Support;

namespace Inventory.Deployment.Tests.Kubernetes;

/// <summary>The orchestrator may do exactly what it does with the API; the runner nothing.</summary>
public sealed class RbacTests(TestManifests rendered) : IClassFixture<TestManifests>
{
    [Fact]
    public void The_orchestrator_role_grants_exactly_jobs_and_reading_pods()
    {
        var role = Assert.Single(rendered.Manifests.OfKind("Role"));
        var grants = role.Objects("rules")
            .SelectMany(rule =>
                from apiGroup in rule.Strings("apiGroups")
                from resource in rule.Strings("resources")
                from verb in rule.Strings("verbs")
                select $"{apiGroup}/{resource}:{verb}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(
            ["/pods:get", "/pods:list", "batch/jobs:create", "batch/jobs:delete", "batch/jobs:get", "batch/jobs:list", "batch/jobs:watch"],
            grants);
        Assert.All(role.Objects("rules"), rule => Assert.Empty(rule.Strings("resourceNames")));
    }

    [Fact]
    public void The_role_is_bound_to_the_orchestrator_service_account_alone()
    {
        var binding = Assert.Single(rendered.Manifests.OfKind("RoleBinding"));
        Assert.Equal("Role", binding.Str("roleRef", "kind"));
        Assert.Equal(Assert.Single(rendered.Manifests.OfKind("Role")).Str("metadata", "name"), binding.Str("roleRef", "name"));
        var subject = Assert.Single(binding.Objects("subjects"));
        Assert.Equal(("ServiceAccount", "aws-inventory-orchestrator-sa", "inventory"), (subject.Str("kind"), subject.Str("name"), subject.Str("namespace")));
    }

    [Fact]
    public void The_runner_service_account_is_bound_to_no_role()
    {
        var bindings = rendered.Manifests.OfKind("RoleBinding").Concat(rendered.Manifests.OfKind("ClusterRoleBinding"));
        Assert.DoesNotContain(bindings.SelectMany(b => b.Objects("subjects")), s => s.Str("name") == "aws-inventory-runner-sa");
        Assert.DoesNotContain(bindings.SelectMany(b => b.Objects("subjects")), s => s.Str("kind") is "Group" or "User");
    }

    [Fact]
    public void Nothing_is_granted_cluster_wide()
    {
        Assert.Empty(rendered.Manifests.OfKind("ClusterRole"));
        Assert.Empty(rendered.Manifests.OfKind("ClusterRoleBinding"));
    }
}
