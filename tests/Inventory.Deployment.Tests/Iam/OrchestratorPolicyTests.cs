using Inventory.Deployment.Tests.Support;

namespace Inventory.Deployment.Tests.Iam;

/// <summary>Inventory-Orchestrator lists the organization's accounts and nothing else.</summary>
public sealed class OrchestratorPolicyTests
{
    private readonly Policy _policy = IamTemplates.Policy("orchestrator-permissions-policy.json");

    [Fact]
    public void It_may_list_accounts_and_walk_OUs_only()
    {
        // OrchestratorRun: ListAccounts, and under INCLUDE_OUS ListChildren + ListAccountsForParent
        // (OrganizationsClient). It never calls DescribeOrganization.
        Assert.Equal(
            ["organizations:ListAccounts", "organizations:ListAccountsForParent", "organizations:ListChildren"],
            _policy.AllowedActions.Order(StringComparer.Ordinal));
        var client = Repository.Read("src", "Inventory.Aws", "Organizations", "OrganizationsClient.cs");
        Assert.All(_policy.AllowedActions, action => Assert.Contains($"\"{action.Split(':')[1]}\"", client, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("organizations:CreateAccount")]
    [InlineData("organizations:InviteAccountToOrganization")]
    [InlineData("organizations:DescribePolicy")]
    [InlineData("organizations:DescribeOrganization")]
    [InlineData("sts:AssumeRole")]
    [InlineData("iam:ListRoles")]
    public void It_may_not(string action)
    {
        Assert.False(_policy.Allows(action, "*"), action);
    }
}
