using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inventory.Aws.Model;
using Inventory.Aws.Protocols.Wire;

namespace Inventory.Aws.Protocols.Json;

/// <summary>
/// A caller's document as a JSON body (json and rest-json): keys become wire names, timestamps
/// epoch seconds unless the model says otherwise. Members bound to the URI, query or headers are
/// the REST binding's, so they never reach here.
/// </summary>
internal static class JsonBodyWriter
{
    /// <summary>The body; with no input shape it is <c>{}</c>, which json operations without input still send.</summary>
    public static byte[] Write(Shape? shape, JsonObject input) =>
        JsonSerializer.SerializeToUtf8Bytes(Structure(shape, input));

    private static JsonObject Structure(Shape? shape, JsonObject input)
    {
        var body = new JsonObject();
        foreach (var (member, value) in InputMembers.Of(shape, input))
        {
            body[member.WireName] = Value(value, member.Shape, member);
        }

        return body;
    }

    private static JsonNode Value(JsonNode value, Shape shape, Member member) => shape.Type switch
    {
        ShapeType.Structure => Structure(shape, InputMembers.Object(value, shape)),
        ShapeType.List => new JsonArray(InputMembers.Array(value, shape)
            .Select(item => (JsonNode?)Value(item ?? throw new ArgumentException($"{shape.Name} holds a null.", nameof(value)), shape.ListMember!.Shape, shape.ListMember))
            .ToArray()),
        ShapeType.Map => new JsonObject(InputMembers.Object(value, shape)
            .Where(entry => entry.Value is not null)
            .Select(entry => KeyValuePair.Create(entry.Key, (JsonNode?)Value(entry.Value!, shape.MapValue!.Shape, shape.MapValue)))),
        ShapeType.Timestamp => Timestamp(Timestamps.FromInput(value), Timestamps.FormatOf(shape, member, Timestamps.UnixTimestamp)),
        ShapeType.Integer or ShapeType.Long or ShapeType.Float or ShapeType.Double when value.GetValueKind() == JsonValueKind.String =>
            JsonValue.Create(decimal.Parse(value.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture)),
        ShapeType.Boolean when value.GetValueKind() == JsonValueKind.String => JsonValue.Create(bool.Parse(value.GetValue<string>())),
        _ => value.DeepClone(),
    };

    private static JsonValue Timestamp(DateTimeOffset value, string format) =>
        format == Timestamps.UnixTimestamp
            ? JsonValue.Create(Timestamps.EpochSeconds(value))
            : JsonValue.Create(Timestamps.Format(value, format));
}
