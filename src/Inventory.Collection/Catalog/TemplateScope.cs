using System.Text.Json.Nodes;
using Inventory.Aws.Paths;

namespace Inventory.Collection.Catalog;

/// <summary>What a template can see while one item is collected; fields after the scope prefix are paths (<see cref="DataPath"/>).</summary>
/// <param name="outer">The scope of the item a nested follow-up belongs to (<c>{^^.Field}</c>).</param>
public sealed class TemplateScope(JsonNode item, JsonNode parent, string account, string region, string partition, TemplateScope? outer = null)
{
    private readonly Dictionary<string, JsonNode?> _details = new(StringComparer.Ordinal);

    public JsonNode Item => item;

    /// <summary>A scope for a listing's input: no item yet, only the account, region and partition
    /// (and, for a listing run per item of another call, that item as <c>{^^.Field}</c>).</summary>
    public static TemplateScope Listing(string account, string region, string partition, TemplateScope? source = null) =>
        new(new JsonObject(), new JsonObject(), account, region, partition, source);

    /// <summary>A scope for an item of a nested follow-up, which can still see this item.</summary>
    public TemplateScope Nested(JsonNode nestedItem, JsonNode nestedParent) => new(nestedItem, nestedParent, account, region, partition, this);

    /// <summary>Records a follow-up's answer (model member names) for <c>{@key}</c>.</summary>
    public void Remember(string key, JsonNode? value) => _details[key] = value;

    public JsonNode? Lookup(string field) => field switch
    {
        "account" => account,
        "region" => region,
        "partition" => partition,
        "." => item,
        _ when field.StartsWith("^^.", StringComparison.Ordinal) => outer is null ? null : DataPath.Parse(field[3..]).Select(outer.Item),
        _ when field.StartsWith("^.", StringComparison.Ordinal) => DataPath.Parse(field[2..]).Select(parent),
        _ when field.StartsWith('@') => Detail(field[1..]),
        _ => DataPath.Parse(field).Select(item),
    };

    private JsonNode? Detail(string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var key = dot < 0 ? path : path[..dot];
        var value = _details.GetValueOrDefault(key);
        return dot < 0 ? value : DataPath.Parse(path[(dot + 1)..]).Select(value);
    }
}
