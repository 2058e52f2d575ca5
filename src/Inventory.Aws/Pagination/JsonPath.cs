using System.Text.Json.Nodes;

namespace Inventory.Aws.Pagination;

/// <summary>
/// The small path language of paginator data: dotted members (<c>DistributionList.Items</c>),
/// a last-element index (<c>Contents[-1].Key</c>) and alternatives (<c>NextMarker || Contents[-1].Key</c>).
/// </summary>
public static class JsonPath
{
    public static JsonNode? Select(JsonNode? root, string path)
    {
        foreach (var alternative in path.Split("||", StringSplitOptions.TrimEntries))
        {
            if (SelectOne(root, alternative) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static JsonNode? SelectOne(JsonNode? node, string path)
    {
        foreach (var step in path.Split('.'))
        {
            var bracket = step.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? step : step[..bracket];
            node = node is JsonObject obj && name.Length > 0 ? obj[name] : node;
            if (bracket >= 0)
            {
                var index = int.Parse(step[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
                node = node is JsonArray { Count: > 0 } array ? array[index < 0 ? array.Count + index : index] : null;
            }

            if (node is null)
            {
                return null;
            }
        }

        return node;
    }
}
