using System.Text.Json.Nodes;
using Inventory.Aws.Pagination;

namespace Inventory.Collection.Catalog;

/// <summary>What a template can see while one item is collected.</summary>
public sealed class TemplateScope(JsonNode item, JsonNode parent, string account, string region, string partition)
{
    private readonly Dictionary<string, JsonNode?> _details = new(StringComparer.Ordinal);

    public JsonNode Item => item;

    /// <summary>Records a follow-up's answer (model member names) for <c>{@key}</c>.</summary>
    public void Remember(string key, JsonNode? value) => _details[key] = value;

    public JsonNode? Lookup(string field) => field switch
    {
        "account" => account,
        "region" => region,
        "partition" => partition,
        "." => item,
        _ when field.StartsWith("^.", StringComparison.Ordinal) => JsonPath.Select(parent, field[2..]),
        _ when field.StartsWith('@') => Detail(field[1..]),
        _ => JsonPath.Select(item, field),
    };

    private JsonNode? Detail(string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var key = dot < 0 ? path : path[..dot];
        var value = _details.GetValueOrDefault(key);
        return dot < 0 ? value : JsonPath.Select(value, path[(dot + 1)..]);
    }
}
