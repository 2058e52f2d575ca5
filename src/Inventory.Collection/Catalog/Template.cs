using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Inventory.Collection.Catalog;

/// <summary>
/// A catalog string with placeholders: <c>{Field}</c> or <c>{Field.Sub}</c> of the item,
/// <c>{.}</c> the item itself (a queue URL), <c>{^.Field}</c> of the element holding it, <c>{@key}</c> of an earlier follow-up, and
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
            return scope.Lookup(match.Groups[1].Value)?.DeepClone();
        }

        var text = new StringBuilder();
        var at = 0;
        foreach (Match placeholder in Placeholder().Matches(template))
        {
            text.Append(template, at, placeholder.Index - at);
            text.Append(scope.Lookup(placeholder.Groups[1].Value) switch
            {
                JsonValue value when value.TryGetValue<string>(out var s) => s,
                null => "",
                var other => other.ToJsonString(),
            });
            at = placeholder.Index + placeholder.Length;
        }

        return text.Append(template, at, template.Length - at).ToString();
    }

    [GeneratedRegex(@"\{([\^@]?[A-Za-z0-9_.]+)\}")]
    private static partial Regex Placeholder();
}
