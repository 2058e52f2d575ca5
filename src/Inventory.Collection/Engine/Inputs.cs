using System.Text.Json.Nodes;
using Inventory.Collection.Catalog;

namespace Inventory.Collection.Engine;

/// <summary>A catalog input with its templates filled in from the item being collected.</summary>
internal static class Inputs
{
    public static JsonObject Bind(JsonObject input, TemplateScope? scope) => (JsonObject)Bind((JsonNode)input, scope)!;

    private static JsonNode? Bind(JsonNode? node, TemplateScope? scope) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(pair => KeyValuePair.Create(pair.Key, Bind(pair.Value, scope)))),
        JsonArray list => new JsonArray([.. list.Select(element => Bind(element, scope))]),
        JsonValue value when scope is not null && value.TryGetValue<string>(out var text) && text.Contains('{', StringComparison.Ordinal) =>
            Template.Evaluate(text, scope),
        _ => node?.DeepClone(),
    };
}
