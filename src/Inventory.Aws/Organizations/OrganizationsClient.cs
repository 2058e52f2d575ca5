using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Inventory.Aws.Client;
using Inventory.Aws.Model;
using Inventory.Aws.Pagination;

namespace Inventory.Aws.Organizations;

/// <summary>
/// Reads the organization's accounts through the generic client. The caller cannot go on
/// without these answers, so errors are thrown as <see cref="AwsException"/> with AWS's code.
/// </summary>
/// <param name="client">A client with the management (or delegated administrator) account's credentials.</param>
/// <param name="region">Any region of the partition; Organizations has one endpoint per partition.</param>
public sealed class OrganizationsClient(AwsClient client, string region = "us-east-1")
{
    private static readonly ServiceModel Model = ServiceModels.Get("organizations");

    public async Task<Organization> DescribeOrganizationAsync(CancellationToken cancellationToken = default)
    {
        var operation = Model.Operation("DescribeOrganization");
        var result = await client.InvokeAsync(operation, region, null, cancellationToken);
        var organization = result.GetOutputOrThrow(operation.Name)["Organization"]!;
        return new Organization(
            (string)organization["Id"]!,
            (string)organization["Arn"]!,
            (string?)organization["MasterAccountId"] ?? string.Empty,
            (string?)organization["FeatureSet"] ?? string.Empty);
    }

    /// <summary>Every account of the organization, whatever its status, page by page.</summary>
    public IAsyncEnumerable<OrganizationAccount> ListAccountsAsync(CancellationToken cancellationToken = default) =>
        ItemsAsync("ListAccounts", [], cancellationToken).Select(ToAccount);

    /// <summary>The accounts directly under a root or OU.</summary>
    public IAsyncEnumerable<OrganizationAccount> ListAccountsForParentAsync(string parentId, CancellationToken cancellationToken = default) =>
        ItemsAsync("ListAccountsForParent", new JsonObject { ["ParentId"] = parentId }, cancellationToken).Select(ToAccount);

    /// <summary>The accounts under a root or OU and, recursively, under every OU below it.</summary>
    public async IAsyncEnumerable<OrganizationAccount> ListAccountsUnderAsync(string parentId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var parents = new Queue<string>([parentId]);
        while (parents.TryDequeue(out var parent))
        {
            await foreach (var account in ListAccountsForParentAsync(parent, cancellationToken))
            {
                yield return account;
            }

            var children = new JsonObject { ["ParentId"] = parent, ["ChildType"] = "ORGANIZATIONAL_UNIT" };
            await foreach (var child in ItemsAsync("ListChildren", children, cancellationToken))
            {
                parents.Enqueue((string)child["Id"]!);
            }
        }
    }

    private async IAsyncEnumerable<JsonNode> ItemsAsync(string operationName, JsonObject input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var operation = Model.Operation(operationName);
        await foreach (var page in client.PaginateAsync(operation, region, input, cancellationToken))
        {
            foreach (var item in ResultItems.Of(page.GetOutputOrThrow(operationName), operation))
            {
                yield return item;
            }
        }
    }

    private static OrganizationAccount ToAccount(JsonNode account) => new(
        (string)account["Id"]!,
        (string?)account["Arn"] ?? string.Empty,
        (string?)account["Name"] ?? string.Empty,
        (string?)account["Email"] ?? string.Empty,
        (string?)account["State"] ?? (string?)account["Status"] ?? "UNKNOWN",
        account["JoinedTimestamp"] is JsonValue joined && joined.TryGetValue<DateTimeOffset>(out var at) ? at : null);
}
