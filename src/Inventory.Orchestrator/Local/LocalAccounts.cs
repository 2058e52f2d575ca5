using Inventory.Aws.Client;
using Inventory.Aws.Http;
using Inventory.Aws.Organizations;

namespace Inventory.Orchestrator.Local;

/// <summary>
/// The local mode's accounts: the organization's, or — when the caller has no Organizations
/// access, the organization is not in use, or it lists no account — the caller's own account.
/// </summary>
internal static class LocalAccounts
{
    private static readonly string[] NoOrganization = ["AccessDenied", "AccessDeniedException", "AWSOrganizationsNotInUseException"];

    /// <summary>The organization's accounts, or null when there is no organization to use.</summary>
    public static async Task<List<OrganizationAccount>?> OrganizationOrNullAsync(OrganizationsClient organizations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        try
        {
            var accounts = await organizations.ListAccountsAsync(cancellationToken).ToListAsync(cancellationToken);
            return accounts.Count == 0 ? null : accounts;
        }
        catch (AwsException e) when (NoOrganization.Contains(e.Error.Code, StringComparer.Ordinal))
        {
            return null;
        }
    }

    /// <summary>The caller's own account, from STS GetCallerIdentity.</summary>
    public static async Task<OrganizationAccount> CallerAsync(AwsClient client, string region, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var output = (await client.InvokeAsync("sts", region, "GetCallerIdentity", cancellationToken: cancellationToken))
            .GetOutputOrThrow("GetCallerIdentity");
        var id = (string?)output["Account"] ?? throw new AwsException("GetCallerIdentity", new AwsError("NoAccount", "GetCallerIdentity returned no account", 200));
        return new OrganizationAccount(id, (string?)output["Arn"] ?? "", "caller's own account", "", "ACTIVE", null);
    }
}
