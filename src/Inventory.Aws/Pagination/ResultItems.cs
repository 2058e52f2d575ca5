using System.Text.Json.Nodes;
using Inventory.Aws.Model;

namespace Inventory.Aws.Pagination;

/// <summary>The items of a page, from the paginator's result keys (nested paths allowed).</summary>
public static class ResultItems
{
    /// <summary>Items under each result key in order; a non-list value counts as one item.</summary>
    public static IEnumerable<JsonNode> Of(JsonObject page, IEnumerable<string> resultKeys)
    {
        ArgumentNullException.ThrowIfNull(resultKeys);
        foreach (var key in resultKeys)
        {
            switch (JsonPath.Select(page, key))
            {
                case JsonArray array:
                    foreach (var item in array.OfType<JsonNode>())
                    {
                        yield return item;
                    }

                    break;
                case { } single:
                    yield return single;
                    break;
            }
        }
    }

    /// <summary>Items of a page of <paramref name="operation"/>, from its paginator's result keys.</summary>
    public static IEnumerable<JsonNode> Of(JsonObject page, OperationModel operation) =>
        Of(page, operation?.Paginator?.ResultKeys ?? []);
}
