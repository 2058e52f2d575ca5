using System.Text.RegularExpressions;

namespace Inventory.Testing.Kubernetes;

/// <summary>
/// A parsed <c>labelSelector</c>: equality (<c>a=b</c>, <c>a==b</c>, <c>a!=b</c>), set-based
/// (<c>k in (a,b)</c>, <c>k notin (a)</c>) and existence (<c>k</c>, <c>!k</c>) requirements, all ANDed.
/// </summary>
internal sealed partial class LabelSelector
{
    private readonly IReadOnlyList<Func<IReadOnlyDictionary<string, string>, bool>> _requirements;

    private LabelSelector(IReadOnlyList<Func<IReadOnlyDictionary<string, string>, bool>> requirements) => _requirements = requirements;

    public static LabelSelector Everything { get; } = new([]);

    public bool IsEmpty => _requirements.Count == 0;

    public bool Matches(IReadOnlyDictionary<string, string> labels) => _requirements.All(requirement => requirement(labels));

    /// <exception cref="ApiException">400 BadRequest when the selector does not parse.</exception>
    public static LabelSelector Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Everything;
        }

        return new LabelSelector(SplitTerms(text).Select(term => Requirement(term.Trim())).ToList());
    }

    private static IEnumerable<string> SplitTerms(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (text[i] == ',' && depth == 0)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }

    private static Func<IReadOnlyDictionary<string, string>, bool> Requirement(string term)
    {
        if (SetTerm().Match(term) is { Success: true } set)
        {
            var key = Key(set.Groups["key"].Value, term);
            var values = set.Groups["values"].Value.Split(',').Select(value => Value(value.Trim(), term)).ToHashSet(StringComparer.Ordinal);
            return set.Groups["op"].Value == "in"
                ? labels => labels.TryGetValue(key, out var value) && values.Contains(value)
                : labels => !labels.TryGetValue(key, out var value) || !values.Contains(value);
        }

        if (EqualityTerm().Match(term) is { Success: true } equality)
        {
            var key = Key(equality.Groups["key"].Value.Trim(), term);
            var expected = Value(equality.Groups["value"].Value.Trim(), term);
            return equality.Groups["op"].Value == "!="
                ? labels => !labels.TryGetValue(key, out var value) || value != expected
                : labels => labels.TryGetValue(key, out var value) && value == expected;
        }

        if (term.StartsWith('!'))
        {
            var key = Key(term[1..].Trim(), term);
            return labels => !labels.ContainsKey(key);
        }

        var present = Key(term, term);
        return labels => labels.ContainsKey(present);
    }

    private static string Key(string key, string term) =>
        LabelRules.KeyProblems(key).FirstOrDefault() is { } problem
            ? throw new ApiException(Statuses.BadRequest($"unable to parse requirement: {term}: key: Invalid value: \"{key}\": {problem}"))
            : key;

    private static string Value(string value, string term) =>
        LabelRules.ValueProblems(value).FirstOrDefault() is { } problem
            ? throw new ApiException(Statuses.BadRequest($"unable to parse requirement: {term}: values: Invalid value: \"{value}\": {problem}"))
            : value;

    [GeneratedRegex(@"^(?<key>[^\s()!=,]+)\s+(?<op>in|notin)\s*\((?<values>[^()]*)\)$")]
    private static partial Regex SetTerm();

    [GeneratedRegex(@"^(?<key>[^()!=,]+)(?<op>==|!=|=)(?<value>[^()!=,]*)$")]
    private static partial Regex EqualityTerm();
}
