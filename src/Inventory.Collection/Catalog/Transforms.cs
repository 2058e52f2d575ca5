using System.Text.Json.Nodes;

namespace Inventory.Collection.Catalog;

/// <summary>
/// Per-service quirks of answers, named by catalog entries (<c>"transform": "s3_location"</c>),
/// kept in one table instead of branches in the engine.
/// </summary>
public static class Transforms
{
    private static readonly Dictionary<string, Func<JsonNode?, JsonNode?>> Table = new(StringComparer.Ordinal)
    {
        // S3 answers an empty constraint for us-east-1 and the legacy "EU" for eu-west-1.
        ["s3_location"] = value => (string?)value switch
        {
            null or "" => "us-east-1",
            "EU" => "eu-west-1",
            var region => region,
        },

        // Route 53 lists ids as "/hostedzone/Z123" but takes "Z123" in request URIs.
        ["basename"] = value => value is JsonValue text && text.TryGetValue<string>(out var path) ? path[(path.LastIndexOf('/') + 1)..] : value,

        // A CSV document in a blob (base64 on the wire): rows as objects keyed by the header (IAM's credential report).
        ["csv"] = CsvRows.FromBlob,
    };

    public static IEnumerable<string> Names => Table.Keys;

    public static JsonNode? Apply(string name, JsonNode? value) =>
        Table.TryGetValue(name, out var transform)
            ? transform(value)
            : throw new KeyNotFoundException($"No catalog transform is named '{name}'.");
}
