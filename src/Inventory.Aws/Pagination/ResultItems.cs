using System.Text.Json.Nodes;
using Inventory.Aws.Model;
using Inventory.Aws.Paths;

namespace Inventory.Aws.Pagination;

/// <summary>The items of a page, from the paginator's result keys (paths, see <see cref="DataPath"/>).</summary>
public static class ResultItems
{
    /// <summary>Items under each result key in order; a non-list value counts as one item.</summary>
    public static IEnumerable<JsonNode> Of(JsonObject page, IEnumerable<string> resultKeys)
    {
        ArgumentNullException.ThrowIfNull(resultKeys);
        return resultKeys.SelectMany(key => DataPath.Parse(key).Items(page).Select(match => match.Value));
    }

    /// <summary>Items of a page of <paramref name="operation"/>, from its paginator's result keys.</summary>
    public static IEnumerable<JsonNode> Of(JsonObject page, OperationModel operation) =>
        Of(page, operation?.Paginator?.ResultKeys ?? []);
}
