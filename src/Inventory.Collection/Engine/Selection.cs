using System.Text.Json.Nodes;
using Inventory.Aws.Pagination;

namespace Inventory.Collection.Engine;

/// <summary>
/// What a follow-up's <c>select</c> keeps of an answer: a JSON path, and <c>Map.*</c> for the one
/// value of a map asked about one key (SES answers DKIM attributes keyed by the identity asked for).
/// </summary>
internal static class Selection
{
    public static bool IsSoleValue(string path) => path.EndsWith(".*", StringComparison.Ordinal);

    public static JsonNode? Select(JsonNode? answer, string path)
    {
        if (!IsSoleValue(path))
        {
            return JsonPath.Select(answer, path);
        }

        return JsonPath.Select(answer, path[..^2]) is JsonObject map && map.Count > 0 ? map.First().Value : null;
    }
}
