using System.Text.Json.Nodes;
using Inventory.Aws.Model;

namespace Inventory.Collection.Records;

/// <summary>
/// Turns an answer's document (model member names) into a record's data the way AWS Recon
/// writes it: structure members in snake_case, map keys as AWS sent them, timestamps in
/// Ruby's format, values of sensitive shapes as <c>[FILTERED]</c>. The shape decides which is
/// which; values it does not describe (policy documents already parsed) are kept as they are.
/// </summary>
public static class RecordData
{
    /// <param name="value">The document.</param>
    /// <param name="shape">Its shape, or null when unknown (keys are then only snake-cased).</param>
    /// <param name="numericZone">Write <c>+0000</c> instead of <c>UTC</c> (JSON-protocol services).</param>
    public static JsonNode? From(JsonNode? value, Shape? shape, bool numericZone) => value switch
    {
        null => null,
        _ when shape is { Sensitive: true } => SensitiveValues.Redact(value, shape),
        JsonValue text when shape is { RubyTimestamp: true } && text.TryGetValue<string>(out var raw) => RubyTimeText.Format(raw),
        JsonObject obj when shape?.Type == ShapeType.Map => Map(obj, shape, numericZone),
        JsonObject obj when shape is null or { Type: ShapeType.Structure } => Structure(obj, shape, numericZone),
        JsonArray list when shape is null or { Type: ShapeType.List } => new JsonArray([.. list.Select(element => From(element, shape?.ListMember?.Shape, numericZone))]),
        // Only real timestamps: a string that merely reads as a date ("2012-10-17") stays as it is.
        JsonValue scalar when scalar.TryGetValue<DateTimeOffset>(out var time) && !scalar.TryGetValue<string>(out _) => ReconTime.Format(time, numericZone),
        _ => value.DeepClone(), // scalars, and documents parsed from a string member (policies)
    };

    private static JsonObject Structure(JsonObject obj, Shape? shape, bool numericZone)
    {
        var data = new JsonObject();
        foreach (var (name, child) in obj)
        {
            var member = shape?.Type == ShapeType.Structure ? shape.Members.GetValueOrDefault(name) : null;
            data[SnakeCase.Convert(name)] = From(child, member?.Shape, numericZone);
        }

        return data;
    }

    private static JsonObject Map(JsonObject obj, Shape shape, bool numericZone)
    {
        var data = new JsonObject();
        foreach (var (key, child) in obj)
        {
            data[key] = From(child, shape.MapValue?.Shape, numericZone);
        }

        return data;
    }
}
