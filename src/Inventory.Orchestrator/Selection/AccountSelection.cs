using Inventory.Aws.Organizations;

namespace Inventory.Orchestrator.Selection;

/// <summary>
/// Which accounts a run collects: ACTIVE accounts of (INCLUDE_ACCOUNTS ∪ accounts under
/// INCLUDE_OUS, or every account) minus EXCLUDE_ACCOUNTS. Nothing is dropped silently:
/// inactive and excluded accounts are skipped with a reason, and included ids the
/// organization does not have are reported.
/// </summary>
public static class AccountSelection
{
    public static SelectionResult Select(
        IReadOnlyList<OrganizationAccount> organization,
        IReadOnlyCollection<string> includeAccounts,
        IReadOnlyCollection<OrganizationAccount>? underIncludedOus,
        IReadOnlyCollection<string> excludeAccounts)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(includeAccounts);
        ArgumentNullException.ThrowIfNull(excludeAccounts);
        var byId = organization.ToDictionary(account => account.Id, StringComparer.Ordinal);
        var filtered = includeAccounts.Count > 0 || underIncludedOus is not null;
        var wanted = filtered
            ? includeAccounts.Where(byId.ContainsKey).Select(id => byId[id]).Concat(underIncludedOus ?? []).DistinctBy(a => a.Id)
            : organization;

        var selected = new List<OrganizationAccount>();
        var skipped = new List<SkippedAccount>();
        foreach (var account in wanted.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            if (excludeAccounts.Contains(account.Id))
            {
                skipped.Add(new SkippedAccount(account, "excluded by EXCLUDE_ACCOUNTS"));
            }
            else if (!account.IsActive)
            {
                skipped.Add(new SkippedAccount(account, $"status {account.Status}"));
            }
            else
            {
                selected.Add(account);
            }
        }

        var notFound = includeAccounts.Where(id => !byId.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        return new SelectionResult(selected, skipped, notFound);
    }
}
