using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>Small helpers over System.Text.Json.Nodes for the shapes the API uses.</summary>
internal static class KubeJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(JsonNode node) => node.ToJsonString(Options);

    public static JsonObject ParseObject(string json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>RFC 3339 in whole seconds, as the API server writes metav1.Time.</summary>
    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Now() => Timestamp(DateTimeOffset.UtcNow);

    public static string? String(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static long? Long(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            ? (long)decimal.Parse(value.ToJsonString(), CultureInfo.InvariantCulture)
            : null;

    public static bool? Bool(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>The child object called <paramref name="name"/>, created when missing.</summary>
    public static JsonObject Child(JsonObject parent, string name)
    {
        if (parent[name] is JsonObject child)
        {
            return child;
        }

        child = [];
        parent[name] = child;
        return child;
    }

    /// <summary>The child array called <paramref name="name"/>, created when missing.</summary>
    public static JsonArray ChildArray(JsonObject parent, string name)
    {
        if (parent[name] is JsonArray child)
        {
            return child;
        }

        child = [];
        parent[name] = child;
        return child;
    }

    public static IReadOnlyDictionary<string, string> StringMap(JsonNode? node)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is JsonObject entries)
        {
            foreach (var (key, value) in entries)
            {
                map[key] = String(value) ?? value?.ToJsonString() ?? "";
            }
        }

        return map;
    }

    public static IEnumerable<JsonObject> Objects(JsonNode? array) =>
        array is JsonArray items ? items.OfType<JsonObject>() : [];
}
