using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inventory.Testing.Aws;

public sealed partial class MotoSeeder
{
    /// <summary>CreateOrganization (FeatureSet ALL) as the management account; returns the org id.</summary>
    public async Task<string> CreateOrganizationAsync(CancellationToken ct = default)
    {
        var answer = await OrganizationsAsync("CreateOrganization", new JsonObject { ["FeatureSet"] = "ALL" }, ct);
        return answer.GetProperty("Organization").GetProperty("Id").GetString()!;
    }

    /// <summary>The id of the organization's root (r-…).</summary>
    public async Task<string> RootIdAsync(CancellationToken ct = default)
    {
        var answer = await OrganizationsAsync("ListRoots", [], ct);
        return answer.GetProperty("Roots")[0].GetProperty("Id").GetString()!;
    }

    /// <summary>CreateAccount, then DescribeCreateAccountStatus until SUCCEEDED; returns the new account id.</summary>
    public async Task<string> CreateAccountAsync(string name, string email, CancellationToken ct = default)
    {
        var created = await OrganizationsAsync("CreateAccount", new JsonObject { ["AccountName"] = name, ["Email"] = email }, ct);
        var requestId = created.GetProperty("CreateAccountStatus").GetProperty("Id").GetString()!;
        for (var poll = 0; poll < 100; poll++)
        {
            var status = (await OrganizationsAsync("DescribeCreateAccountStatus",
                new JsonObject { ["CreateAccountRequestId"] = requestId }, ct)).GetProperty("CreateAccountStatus");
            switch (status.GetProperty("State").GetString())
            {
                case "SUCCEEDED":
                    return status.GetProperty("AccountId").GetString()!;
                case "FAILED":
                    throw new InvalidOperationException($"CreateAccount {name} failed: {status}");
            }

            await Task.Delay(50, ct);
        }

        throw new TimeoutException($"CreateAccount {name} ({requestId}) did not succeed.");
    }

    /// <summary>Creates an OU under a root or OU; returns its id (ou-…).</summary>
    public async Task<string> CreateOrganizationalUnitAsync(string parentId, string name, CancellationToken ct = default)
    {
        var answer = await OrganizationsAsync("CreateOrganizationalUnit",
            new JsonObject { ["ParentId"] = parentId, ["Name"] = name }, ct);
        return answer.GetProperty("OrganizationalUnit").GetProperty("Id").GetString()!;
    }

    public Task MoveAccountAsync(string accountId, string sourceParentId, string destinationParentId, CancellationToken ct = default) =>
        OrganizationsAsync("MoveAccount", new JsonObject
        {
            ["AccountId"] = accountId,
            ["SourceParentId"] = sourceParentId,
            ["DestinationParentId"] = destinationParentId,
        }, ct);

    /// <summary>
    /// CloseAccount: moto moves the account straight to Status and State SUSPENDED (it never shows
    /// PENDING_CLOSURE; no API of moto 5.2 reaches that status). It stays listed by ListAccounts.
    /// </summary>
    public Task CloseAccountAsync(string accountId, CancellationToken ct = default) =>
        OrganizationsAsync("CloseAccount", new JsonObject { ["AccountId"] = accountId }, ct);

    /// <summary>RemoveAccountFromOrganization: the account disappears from ListAccounts.</summary>
    public Task RemoveAccountFromOrganizationAsync(string accountId, CancellationToken ct = default) =>
        OrganizationsAsync("RemoveAccountFromOrganization", new JsonObject { ["AccountId"] = accountId }, ct);

    private Task<JsonElement> OrganizationsAsync(string action, JsonObject payload, CancellationToken ct) =>
        raw.JsonAsync(MotoCredentials.ManagementAccountId, "organizations", MotoCredentials.DefaultRegion,
            OrganizationsTarget + action, payload, ct: ct);
}
