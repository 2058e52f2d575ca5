using Inventory.Aws.Organizations;

namespace Inventory.Orchestrator.Selection;

/// <summary>The accounts to collect, those skipped with a reason, and included ids not in the organization.</summary>
public sealed record SelectionResult(IReadOnlyList<OrganizationAccount> Selected, IReadOnlyList<SkippedAccount> Skipped, IReadOnlyList<string> NotInOrganization)
{
    /// <summary>Local mode with no organization to use: the one account is the caller's own, collected with the caller's credentials.</summary>
    public bool OwnAccountOnly { get; init; }

    /// <summary>A dry run's lines for the accounts it does not collect, in either mode.</summary>
    public IEnumerable<string> NotCollectedLines() =>
        Skipped.Select(skipped => $"  skip   {skipped.Account.Id}  {skipped.Account.Name}: {skipped.Reason}")
            .Concat(NotInOrganization.Select(id => $"  not found {id}: INCLUDE_ACCOUNTS names an account not in the organization"));
}
