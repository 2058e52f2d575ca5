using System.Text.Json.Nodes;

namespace Inventory.Deployment.Tests.Support;

/// <summary>
/// A policy document in one spelling, so two spellings of one policy compare equal: keys in
/// order, string lists sorted, and a lone Action, Resource or principal written as a list.
/// </summary>
internal static class PolicyShape
{
    private static readonly HashSet<string> Lists = ["Action", "Resource", "AWS", "Federated", "Service"];

    public static string Of(JsonNode? document)
    {
        if (document is JsonValue text && text.TryGetValue<string>(out var json))
        {
            document = JsonNode.Parse(json);
        }

        return Normalize(document)!.ToJsonString();
    }

    private static JsonNode? Normalize(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Normalize(
            Lists.Contains(p.Key) && p.Value is JsonValue one ? new JsonArray(one.DeepClone()) : p.Value)))),
        JsonArray array when array.All(item => item is JsonValue v && v.TryGetValue<string>(out _)) =>
            new JsonArray([.. array.Select(item => item!.GetValue<string>()).Order(StringComparer.Ordinal).Select(s => (JsonNode)JsonValue.Create(s))]),
        JsonArray array => new JsonArray([.. array.Select(Normalize)]),
        JsonValue value when value.TryGetValue<string>(out var s) => JsonValue.Create(s),
        _ => node?.DeepClone(),
    };
}
