using Inventory.Aws.Organizations;
using Inventory.Orchestrator.Local;
using Microsoft.Extensions.Logging;

namespace Inventory.Orchestrator.Selection;

/// <summary>
/// Lists the organization's accounts (and those under INCLUDE_OUS), selects the run's, and logs
/// what it skips. In local mode, no organization to use means the caller's own account.
/// </summary>
internal sealed class AccountSelector(OrchestratorOptions options, OrchestratorAws aws, ILogger<AccountSelector> logger)
{
    public async Task<SelectionResult> SelectAsync(CancellationToken cancellationToken)
    {
        var organizations = await aws.OrganizationsAsync(cancellationToken);
        var accounts = options.Local.Enabled
            ? await LocalAccounts.OrganizationOrNullAsync(organizations, cancellationToken)
            : await organizations.ListAccountsAsync(cancellationToken).ToListAsync(cancellationToken);
        var ownAccountOnly = accounts is null;
        if (accounts is null)
        {
            var caller = await LocalAccounts.CallerAsync(await aws.ClientAsync(cancellationToken), options.Runners.HomeRegion, cancellationToken);
            LocalLog.OwnAccount(logger, caller.Id);
            accounts = [caller];
        }

        List<OrganizationAccount>? underOus = null;
        foreach (var ou in ownAccountOnly ? [] : options.Accounts.IncludeOus)
        {
            underOus ??= [];
            underOus.AddRange(await organizations.ListAccountsUnderAsync(ou, cancellationToken).ToListAsync(cancellationToken));
        }

        // The same account as listed by ListAccounts, so its status is the organization's.
        var byId = accounts.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var selection = AccountSelection.Select(accounts, [.. options.Accounts.IncludeAccounts], underOus?.Select(a => byId.GetValueOrDefault(a.Id, a)).ToList(), [.. options.Accounts.ExcludeAccounts]);
        OrchestratorLog.Selected(logger, accounts.Count, selection.Selected.Count, selection.Skipped.Count);
        foreach (var skipped in selection.Skipped)
        {
            OrchestratorLog.Skipped(logger, skipped.Account.Id, skipped.Account.Name, skipped.Reason);
        }

        foreach (var id in selection.NotInOrganization)
        {
            OrchestratorLog.NotInOrganization(logger, id);
        }

        return selection with { OwnAccountOnly = ownAccountOnly };
    }
}
