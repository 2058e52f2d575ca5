using System.Text.Json;
using System.Text.Json.Nodes;
using Inventory.Aws.Model;
using Inventory.Aws.Protocols.Wire;

namespace Inventory.Aws.Protocols.Json;

/// <summary>
/// A JSON body as the output shape's document (json and rest-json): wire names back to member
/// names, epoch or ISO timestamps to DateTimeOffset, and only what the shape declares.
/// </summary>
internal static class JsonBodyReader
{
    /// <summary>Parses the body; an empty body is an empty document.</summary>
    public static async Task<JsonObject> ReadAsync(Stream body, Shape shape, CancellationToken cancellationToken)
    {
        await using var content = await ResponseBody.OpenAsync(body, cancellationToken);
        if (content is null)
        {
            return [];
        }

        var node = await JsonNode.ParseAsync(content, cancellationToken: cancellationToken);
        return node is JsonObject wire
            ? Structure(wire, shape)
            : throw new InvalidDataException($"The response body for {shape.Name} is not a JSON object.");
    }

    private static JsonObject Structure(JsonObject wire, Shape shape)
    {
        var document = new JsonObject();
        foreach (var (name, member) in shape.Members)
        {
            // Header, status and URI members are the REST binding's to read.
            if (member.Location is null && wire[member.WireName] is { } value && Value(value, member.Shape) is { } converted)
            {
                document[name] = converted;
            }
        }

        return document;
    }

    private static JsonNode? Value(JsonNode wire, Shape shape) => shape.Type switch
    {
        ShapeType.Structure => Structure(Expect<JsonObject>(wire, shape), shape),
        ShapeType.List => new JsonArray(Expect<JsonArray>(wire, shape)
            .Where(item => item is not null)
            .Select(item => Value(item!, shape.ListMember!.Shape))
            .ToArray()),
        ShapeType.Map => new JsonObject(Expect<JsonObject>(wire, shape)
            .Where(entry => entry.Value is not null)
            .Select(entry => KeyValuePair.Create(entry.Key, Value(entry.Value!, shape.MapValue!.Shape)))),
        ShapeType.Timestamp => Timestamps.ToDocument(wire.GetValueKind() == JsonValueKind.Number
            ? Timestamps.FromEpochSeconds(wire.GetValue<decimal>())
            : Timestamps.Parse(wire.GetValue<string>())),
        ShapeType.Integer or ShapeType.Long => wire.GetValueKind() == JsonValueKind.Number
            ? JsonValue.Create(wire.GetValue<long>())
            : ScalarText.FromText(wire.GetValue<string>(), shape),
        ShapeType.Float or ShapeType.Double => wire.GetValueKind() == JsonValueKind.Number
            ? JsonValue.Create(wire.GetValue<double>())
            : JsonValue.Create(wire.GetValue<string>()), // "NaN" and "Infinity" travel as strings
        ShapeType.Boolean => wire.GetValueKind() switch
        {
            JsonValueKind.True => JsonValue.Create(true),
            JsonValueKind.False => JsonValue.Create(false),
            _ => ScalarText.FromText(wire.GetValue<string>(), shape),
        },
        _ => wire.DeepClone(),
    };

    private static T Expect<T>(JsonNode wire, Shape shape) where T : JsonNode =>
        wire as T ?? throw new InvalidDataException($"{shape.Name} is a {shape.Type} in the model, but the response has a {wire.GetValueKind()}.");
}
