using Inventory.Deployment.Tests.Support;

namespace Inventory.Deployment.Tests.CloudFormation;

/// <summary>The StackSet puts the inventory role in every account of the organization, new ones included.</summary>
public sealed class StackSetTemplateTests
{
    private readonly CfnTemplate _template = CfnTemplate.Load("inventory-stackset.yaml");

    [Fact]
    public void Is_service_managed_and_deploys_to_accounts_as_they_join()
    {
        var (_, stackSet) = Assert.Single(_template.OfType("AWS::CloudFormation::StackSet"));
        Assert.Equal("SERVICE_MANAGED", stackSet.Str("Properties", "PermissionModel"));
        Assert.True(stackSet.Bool("Properties", "AutoDeployment", "Enabled"));
        Assert.False(stackSet.Bool("Properties", "AutoDeployment", "RetainStacksOnAccountRemoval"));
        Assert.Equal(["CAPABILITY_NAMED_IAM"], stackSet.Strings("Properties", "Capabilities"));
        var group = Assert.Single(stackSet.Objects("Properties", "StackInstancesGroup"));
        Assert.Equal("OrganizationalUnitIds", group.Str("DeploymentTargets", "OrganizationalUnitIds", "Ref"));
        Assert.Single(group.At("Regions")!.AsArray());
    }

    [Theory]
    [InlineData("example-external-id", new[] { "ExternalId", "RoleName", "RolePath", "RunnerRoleArn" })]
    [InlineData("", new[] { "RoleName", "RolePath", "RunnerRoleArn" })]
    public void Passes_the_member_template_its_parameters(string externalId, string[] expected)
    {
        var member = CfnTemplate.Load("inventory-role.yaml");
        var (_, stackSet) = Assert.Single(_template.OfType("AWS::CloudFormation::StackSet"));
        var evaluator = new CfnEvaluator(_template,
            new Dictionary<string, string> { ["ExternalId"] = externalId, ["TemplateUrl"] = "https://example/t.yaml", ["OrganizationalUnitIds"] = "r-abcd", ["RunnerRoleArn"] = IamTemplates.Sample["RunnerRoleArn"] },
            new Dictionary<string, string>());
        var passed = TemplateTests.Property(evaluator, stackSet, "Parameters")!.AsArray().Select(p => p.Str("ParameterKey")!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, passed);
        Assert.All(passed, key => Assert.True(member.Parameters.ContainsKey(key), $"inventory-role.yaml has no parameter {key}"));
        Assert.All(member.Parameters.Where(p => p.Value.At("Default") is null), p => Assert.Contains(p.Key, passed));
    }
}
