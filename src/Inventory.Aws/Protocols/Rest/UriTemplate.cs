using System.Text.RegularExpressions;
using Inventory.Aws.Protocols.Wire;

namespace Inventory.Aws.Protocols.Rest;

/// <summary>
/// A REST operation's requestUri: a path with <c>{Label}</c> and greedy <c>{Key+}</c> labels, and
/// possibly a literal query of its own (<c>/{Bucket}?policy</c>).
/// </summary>
internal static partial class UriTemplate
{
    /// <summary>Splits the requestUri into its path template and its literal query ("" when none).</summary>
    public static (string Path, string Query) Split(string requestUri)
    {
        var mark = requestUri.IndexOf('?');
        return mark < 0 ? (requestUri, "") : (requestUri[..mark], requestUri[(mark + 1)..]);
    }

    /// <summary>Fills the labels, percent-encoded; a greedy label keeps its '/'.</summary>
    public static string Expand(string path, IReadOnlyDictionary<string, string> labels, string operation) =>
        Label().Replace(path, match =>
        {
            var name = match.Groups["name"].Value;
            return labels.TryGetValue(name, out var value) && value.Length > 0
                ? PercentEncoding.Encode(value, keepSlash: match.Groups["greedy"].Success)
                : throw new ArgumentException($"{operation} needs '{name}' for its URI.", nameof(labels));
        });

    [GeneratedRegex(@"\{(?<name>[^}+]+)(?<greedy>\+)?\}")]
    private static partial Regex Label();
}
