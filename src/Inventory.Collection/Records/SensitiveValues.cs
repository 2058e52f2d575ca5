using System.Text.Json.Nodes;
using Inventory.Aws.Model;

namespace Inventory.Collection.Records;

/// <summary>
/// Values whose shape the API model marks <c>sensitive</c> (Lambda environment values, IAM
/// virtual MFA seeds and QR codes, passwords) never reach a record: each becomes
/// <c>[FILTERED]</c>. Keys stay — which variables exist is inventory, their values are not —
/// so a sensitive map keeps its keys, a structure its member names, a list its length.
/// Driven by the model's trait alone, never by a list of names.
/// </summary>
public static class SensitiveValues
{
    public const string Filtered = "[FILTERED]";

    /// <summary>The value of a sensitive shape, its secrets replaced (keys in record form).</summary>
    public static JsonNode Redact(JsonNode value, Shape? shape) => value switch
    {
        JsonObject obj when shape?.Type == ShapeType.Map =>
            new JsonObject(obj.Select(pair => KeyValuePair.Create(pair.Key, RedactChild(pair.Value, shape.MapValue?.Shape)))),
        JsonObject obj =>
            new JsonObject(obj.Select(pair => KeyValuePair.Create(
                SnakeCase.Convert(pair.Key), RedactChild(pair.Value, shape?.Members.GetValueOrDefault(pair.Key)?.Shape)))),
        JsonArray list => new JsonArray([.. list.Select(element => RedactChild(element, shape?.ListMember?.Shape))]),
        _ => JsonValue.Create(Filtered),
    };

    // Inside a sensitive value everything is secret; an absent value stays absent (null tells nothing).
    private static JsonNode? RedactChild(JsonNode? value, Shape? shape) => value is null ? null : Redact(value, shape);
}
