using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inventory.Aws.Model;

namespace Inventory.Aws.Protocols.Wire;

/// <summary>
/// Scalars as text, the form they take in XML, query strings, URIs and headers. Which JSON type a
/// value becomes comes from its shape alone, never from how the text looks.
/// </summary>
internal static class ScalarText
{
    /// <summary>A caller's scalar as wire text; timestamps in the member's format or <paramref name="timestampDefault"/>.</summary>
    public static string ToText(JsonNode value, Shape shape, Member? member, string timestampDefault) => shape.Type switch
    {
        ShapeType.Timestamp => Timestamps.Format(Timestamps.FromInput(value), Timestamps.FormatOf(shape, member, timestampDefault)),
        ShapeType.Boolean => value.GetValueKind() switch
        {
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => bool.Parse(Text(value)) ? "true" : "false",
        },
        ShapeType.Structure or ShapeType.List or ShapeType.Map =>
            throw new ArgumentException($"A {shape.Type} ({shape.Name}) has no text form.", nameof(shape)),
        _ => Text(value),
    };

    /// <summary>Wire text as a document value of <paramref name="shape"/>'s type; null for an empty non-string.</summary>
    public static JsonNode? FromText(string text, Shape shape) => shape.Type switch
    {
        ShapeType.String => JsonValue.Create(text),
        _ when string.IsNullOrWhiteSpace(text) => null,
        ShapeType.Integer or ShapeType.Long => JsonValue.Create(long.Parse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)),
        ShapeType.Float or ShapeType.Double => JsonValue.Create(double.Parse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture)),
        ShapeType.Boolean => JsonValue.Create(bool.Parse(text.Trim())),
        ShapeType.Timestamp => Timestamps.ToDocument(Timestamps.Parse(text)),
        ShapeType.Blob => JsonValue.Create(text.Trim()),
        _ => throw new InvalidDataException($"A {shape.Type} ({shape.Name}) cannot be read from text."),
    };

    private static string Text(JsonNode value) =>
        value is JsonValue json && json.TryGetValue<string>(out var text) ? text : value.ToJsonString();
}
