using Inventory.Aws.Organizations;

namespace Inventory.Orchestrator.Selection;

/// <summary>The accounts to collect, those skipped with a reason, and included ids not in the organization.</summary>
public sealed record SelectionResult(IReadOnlyList<OrganizationAccount> Selected, IReadOnlyList<SkippedAccount> Skipped, IReadOnlyList<string> NotInOrganization)
{
    /// <summary>Local mode with no organization to use: the one account is the caller's own, collected with the caller's credentials.</summary>
    public bool OwnAccountOnly { get; init; }
}
