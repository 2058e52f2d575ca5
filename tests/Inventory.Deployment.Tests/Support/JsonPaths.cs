using System.Text.Json.Nodes;

namespace Inventory.Deployment.Tests.Support;

/// <summary>Short reads of JSON trees: <c>node.At("spec", "template")</c>, <c>node.Str("kind")</c>.</summary>
internal static class JsonPaths
{
    public static JsonNode? At(this JsonNode? node, params string[] path)
    {
        foreach (var part in path)
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(part, out var child) ? child : null;
        }

        return node;
    }

    public static string? Str(this JsonNode? node, params string[] path) =>
        node.At(path) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static bool? Bool(this JsonNode? node, params string[] path) =>
        node.At(path) is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    public static long? Long(this JsonNode? node, params string[] path) =>
        node.At(path) is JsonValue value && value.TryGetValue<long>(out var number) ? number : null;

    public static IEnumerable<JsonObject> Objects(this JsonNode? node, params string[] path) =>
        node.At(path) is JsonArray array ? array.OfType<JsonObject>() : [];

    /// <summary>A string or a list of strings (IAM's Action, Resource), as a list.</summary>
    public static IReadOnlyList<string> Strings(this JsonNode? node, params string[] path) => node.At(path) switch
    {
        JsonValue value when value.TryGetValue<string>(out var one) => [one],
        JsonArray many => [.. many.Select(item => item is JsonValue v && v.TryGetValue<string>(out var text) ? text : throw new InvalidDataException($"not a string: {item?.ToJsonString()}"))],
        null => [],
        var other => throw new InvalidDataException($"neither a string nor a list: {other.ToJsonString()}"),
    };
}
