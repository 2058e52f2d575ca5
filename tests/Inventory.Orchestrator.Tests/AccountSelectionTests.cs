using Inventory.Aws.Organizations;
using Inventory.Orchestrator.Selection;

namespace Inventory.Orchestrator.Tests;

public sealed class AccountSelectionTests
{
    private static readonly OrganizationAccount Management = Account("111111111111", "ACTIVE");
    private static readonly OrganizationAccount Workload = Account("222222222222", "ACTIVE");
    private static readonly OrganizationAccount Suspended = Account("333333333333", "SUSPENDED");
    private static readonly OrganizationAccount Closing = Account("444444444444", "PENDING_CLOSURE");
    private static readonly OrganizationAccount Sandbox = Account("555555555555", "ACTIVE");
    private static readonly OrganizationAccount[] Organization = [Management, Workload, Suspended, Closing, Sandbox];

    [Fact]
    public void WithoutFiltersEveryActiveAccountIsSelectedAndTheRestSkippedWithTheirStatus()
    {
        var result = AccountSelection.Select(Organization, [], null, []);

        Assert.Equal(["111111111111", "222222222222", "555555555555"], result.Selected.Select(a => a.Id));
        Assert.Equal(["status SUSPENDED", "status PENDING_CLOSURE"], result.Skipped.Select(s => s.Reason));
        Assert.Empty(result.NotInOrganization);
    }

    [Fact]
    public void IncludedAccountsAndOusAreUnitedThenExclusionsRemoved()
    {
        var result = AccountSelection.Select(Organization, ["111111111111", "999999999999"], [Workload, Sandbox, Suspended], ["555555555555"]);

        Assert.Equal(["111111111111", "222222222222"], result.Selected.Select(a => a.Id));
        Assert.Contains(result.Skipped, s => s.Account.Id == "555555555555" && s.Reason == "excluded by EXCLUDE_ACCOUNTS");
        Assert.Contains(result.Skipped, s => s.Account.Id == "333333333333" && s.Reason == "status SUSPENDED");
        Assert.Equal(["999999999999"], result.NotInOrganization);
    }

    [Fact]
    public void AnEmptyOuSelectsNothingRatherThanEverything()
    {
        var result = AccountSelection.Select(Organization, [], [], []);

        Assert.Empty(result.Selected);
        Assert.Empty(result.Skipped);
    }

    private static OrganizationAccount Account(string id, string status) =>
        new(id, $"arn:aws:organizations::111111111111:account/o-abc/{id}", $"account-{id[..3]}", $"{id}@example.com", status, null);
}
