using System.Text.Json.Nodes;
using Inventory.Deployment.Tests.Support;

namespace Inventory.Deployment.Tests.CloudFormation;

/// <summary>
/// The roles the templates create carry exactly the documents of infrastructure/iam (which the
/// IAM tests check), for every choice of the templates' switches.
/// </summary>
public sealed class RoleTemplateTests
{
    private static readonly string Provider = IamTemplates.Sample["OidcProvider"];
    private static readonly string ProviderArn = $"arn:aws:iam::222222222222:oidc-provider/{Provider}";

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public void The_management_account_stack_creates_Inventory_Orchestrator(string createProvider)
    {
        var template = CfnTemplate.Load("management-account.yaml");
        var evaluator = new CfnEvaluator(template,
            new Dictionary<string, string> { ["OidcProvider"] = Provider, ["CreateOidcProvider"] = createProvider },
            new Dictionary<string, string> { ["ClusterOidcProvider.Arn"] = ProviderArn });
        var role = template.Resource("OrchestratorRole");
        Assert.Equal("Inventory-Orchestrator", role.Str("Properties", "RoleName"));
        AssertSamePolicy("orchestrator-trust-policy.json", TemplateTests.Property(evaluator, role, "AssumeRolePolicyDocument"));
        AssertSamePolicy("orchestrator-permissions-policy.json", SingleInlinePolicy(evaluator, role));
        Assert.Empty(role.Objects("Properties", "ManagedPolicyArns"));
        Assert.Equal(createProvider == "true", evaluator.Condition("CreateOidc"));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public void The_security_account_stack_creates_Inventory_Runner(string createProvider)
    {
        var template = CfnTemplate.Load("security-account.yaml");
        var bucket = IamTemplates.Sample["Bucket"];
        var evaluator = new CfnEvaluator(template,
            new Dictionary<string, string> { ["OidcProvider"] = Provider, ["CreateOidcProvider"] = createProvider, ["BucketName"] = bucket },
            new Dictionary<string, string> { ["ClusterOidcProvider.Arn"] = ProviderArn, ["InventoryBucket"] = bucket, ["InventoryBucket.Arn"] = $"arn:aws:s3:::{bucket}" });
        var role = template.Resource("RunnerRole");
        Assert.Equal("Inventory-Runner", role.Str("Properties", "RoleName"));
        AssertSamePolicy("runner-trust-policy.json", TemplateTests.Property(evaluator, role, "AssumeRolePolicyDocument"));
        AssertSamePolicy("runner-permissions-policy.json", SingleInlinePolicy(evaluator, role));
        Assert.Empty(role.Objects("Properties", "ManagedPolicyArns"));
    }

    [Theory]
    [InlineData("example-external-id")]
    [InlineData("")]
    public void The_member_template_creates_the_inventory_role(string externalId)
    {
        var template = CfnTemplate.Load("inventory-role.yaml");
        var runner = IamTemplates.Sample["RunnerRoleArn"];
        var evaluator = new CfnEvaluator(template,
            new Dictionary<string, string> { ["RunnerRoleArn"] = runner, ["ExternalId"] = externalId },
            new Dictionary<string, string>());
        var role = template.Resource("InventoryRole");

        var trust = IamTemplates.Resolve("inventory-trust-policy.json");
        if (externalId.Length == 0)
        {
            // Without an external id the same statement has no Condition.
            Assert.True(trust["Statement"]![0]!.AsObject().Remove("Condition"));
        }

        Assert.Equal(PolicyShape.Of(trust), PolicyShape.Of(TemplateTests.Property(evaluator, role, "AssumeRolePolicyDocument")));
        Assert.Equal(InventoryReadPolicies.AwsManaged, TemplateTests.Property(evaluator, role, "ManagedPolicyArns").Strings());
        Assert.Empty(role.Objects("Properties", "Policies"));
    }

    [Fact]
    public void The_member_template_attaches_each_read_policy_to_the_inventory_role()
    {
        var template = CfnTemplate.Load("inventory-role.yaml");
        var evaluator = new CfnEvaluator(template,
            new Dictionary<string, string> { ["RunnerRoleArn"] = IamTemplates.Sample["RunnerRoleArn"], ["ExternalId"] = "" },
            new Dictionary<string, string> { ["InventoryRole"] = "inventory" });
        var policies = template.OfType("AWS::IAM::ManagedPolicy").ToList();
        var files = InventoryReadPolicies.Files();
        Assert.Equal(Enumerable.Range(1, files.Count).Select(InventoryReadPolicies.ResourceName), policies.Select(p => p.Name));
        for (var i = 0; i < files.Count; i++)
        {
            var policy = policies[i].Resource;
            Assert.Equal(["inventory"], TemplateTests.Property(evaluator, policy, "Roles").Strings());
            Assert.Null(policy.At("Properties", "ManagedPolicyName"));
            AssertSamePolicy(files[i], TemplateTests.Property(evaluator, policy, "PolicyDocument"));
        }
    }

    [Fact]
    public void The_names_and_paths_agree_with_the_runners_defaults()
    {
        var member = CfnTemplate.Load("inventory-role.yaml").Parameters;
        var security = CfnTemplate.Load("security-account.yaml").Parameters;
        // INVENTORY_ROLE_NAME and INVENTORY_ROLE_PATH default to inventory and / (README.md).
        Assert.Equal("inventory", member.Str("RoleName", "Default"));
        Assert.Equal("/", member.Str("RolePath", "Default"));
        Assert.Equal(member.Str("RoleName", "Default"), security.Str("InventoryRoleName", "Default"));
        Assert.Equal(member.Str("RolePath", "Default"), security.Str("InventoryRolePath", "Default"));
    }

    private static JsonNode? SingleInlinePolicy(CfnEvaluator evaluator, JsonObject role)
    {
        var policy = Assert.Single(role.Objects("Properties", "Policies"));
        return evaluator.Evaluate(policy.At("PolicyDocument"));
    }

    private static void AssertSamePolicy(string file, JsonNode? actual) =>
        Assert.Equal(PolicyShape.Of(IamTemplates.Resolve(file)), PolicyShape.Of(actual));
}
