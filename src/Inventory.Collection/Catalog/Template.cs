using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Inventory.Collection.Catalog;

/// <summary>
/// A catalog string with placeholders: <c>{Field}</c> or <c>{Field.Sub}</c> of the item,
/// <c>{.}</c> the item itself (a queue URL), <c>{^.Field}</c> of the element holding it,
/// <c>{^^.Field}</c> of the item a nested follow-up belongs to, <c>{Field|basename}</c> through a transform, <c>{@key}</c> of an earlier follow-up, and
/// <c>{account}</c>, <c>{region}</c>, <c>{partition}</c>. A template that is one placeholder
/// keeps the value's JSON type.
/// </summary>
public static partial class Template
{
    public static readonly IReadOnlySet<string> Words = new HashSet<string>(StringComparer.Ordinal) { "account", "region", "partition" };

    /// <summary>The placeholders of a template, without braces.</summary>
    public static IEnumerable<string> Fields(string template) =>
        Placeholder().Matches(template).Select(match => match.Groups[1].Value);

    public static JsonNode? Evaluate(string template, TemplateScope scope)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(scope);
        var match = Placeholder().Match(template);
        if (match.Success && match.Length == template.Length)
        {
            return Filter(match, scope.Lookup(match.Groups[1].Value)?.DeepClone());
        }

        var text = new StringBuilder();
        var at = 0;
        foreach (Match placeholder in Placeholder().Matches(template))
        {
            text.Append(template, at, placeholder.Index - at);
            text.Append(Filter(placeholder, scope.Lookup(placeholder.Groups[1].Value)) switch
            {
                JsonValue value when value.TryGetValue<string>(out var s) => s,
                null => "",
                var other => other.ToJsonString(),
            });
            at = placeholder.Index + placeholder.Length;
        }

        return text.Append(template, at, template.Length - at).ToString();
    }

    // {Id|basename}: a named transform applied to the value (Transforms.cs).
    private static JsonNode? Filter(Match placeholder, JsonNode? value) =>
        placeholder.Groups[2].Success ? Transforms.Apply(placeholder.Groups[2].Value, value) : value;

    /// <summary>The filters a template applies.</summary>
    public static IEnumerable<string> Filters(string template) =>
        Placeholder().Matches(template).Where(match => match.Groups[2].Success).Select(match => match.Groups[2].Value);

    [GeneratedRegex(@"\{((?:\^\^\.|\^\.|@)?[A-Za-z0-9_.]+)(?:\|([a-z_0-9]+))?\}")]
    private static partial Regex Placeholder();
}
