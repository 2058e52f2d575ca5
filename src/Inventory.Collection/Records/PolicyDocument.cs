using System.Text.Json;
using System.Text.Json.Nodes;
using Inventory.Aws.Paths;

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

    /// <summary>Parses the policy at each place <paramref name="path"/> reaches (<c>RolePolicyList[].PolicyDocument</c>;
    /// <c>Policies.*</c>, every value of a map: SESv2's policies by name) in place; see <see cref="DataPath"/>.</summary>
    public static void ParseAt(JsonNode? node, string path)
    {
        foreach (var match in DataPath.Parse(path).Matches(node).ToList())
        {
            match.Value.ReplaceWith(Parse(match.Value));
        }
    }
}
