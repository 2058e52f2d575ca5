using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inventory.Collection.Records;

/// <summary>
/// Policy documents arrive as URL-encoded JSON strings (IAM) or plain JSON strings (S3, KMS,
/// Lambda); records carry them as objects. Decoding follows AWS Recon: URL-decode ('+' is a
/// space), then parse; what does not parse becomes null.
/// </summary>
public static class PolicyDocument
{
    public static JsonNode? Parse(JsonNode? value)
    {
        if (value is not JsonValue text || !text.TryGetValue<string>(out var raw))
        {
            return value?.DeepClone();
        }

        try
        {
            var json = raw.TrimStart().StartsWith('{') ? raw : Uri.UnescapeDataString(raw.Replace('+', ' '));
            return JsonNode.Parse(json);
        }
        catch (Exception e) when (e is JsonException or UriFormatException)
        {
            return null;
        }
    }

    /// <summary>Parses the policy at each path (<c>RolePolicyList[].PolicyDocument</c>) in place;
    /// <c>*</c> is every value of a map (SESv2's <c>Policies.*</c>, policies by name).</summary>
    public static void ParseAt(JsonNode? node, string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var step = dot < 0 ? path : path[..dot];
        var rest = dot < 0 ? null : path[(dot + 1)..];
        var name = step.EndsWith("[]", StringComparison.Ordinal) ? step[..^2] : step;
        if (name == "*" && rest is null && node is JsonObject map)
        {
            foreach (var key in map.Select(pair => pair.Key).ToList())
            {
                map[key] = Parse(map[key]);
            }

            return;
        }

        if (node is not JsonObject obj || obj[name] is not { } child)
        {
            return;
        }

        if (rest is null)
        {
            obj[name] = Parse(child);
        }
        else if (child is JsonArray list)
        {
            foreach (var element in list)
            {
                ParseAt(element, rest);
            }
        }
        else
        {
            ParseAt(child, rest);
        }
    }
}
