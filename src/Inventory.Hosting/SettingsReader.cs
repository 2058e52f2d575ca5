using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Inventory.Hosting;

/// <summary>
/// Reads settings by their environment names (S3_BUCKET, MAX_CONCURRENCY…) and keeps one line
/// per value that does not parse, naming the setting and the value, for the validator to report.
/// </summary>
public sealed class SettingsReader(IConfiguration configuration)
{
    private readonly List<string> _errors = [];

    public IReadOnlyList<string> Errors => _errors;

    /// <summary>The trimmed value; null when unset or empty.</summary>
    public string? Text(string name) => configuration[name] is { } value && value.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    /// <summary>
    /// A comma-separated list, trimmed, empty entries dropped. Unset or empty means the default;
    /// a value that lists nothing (<c>",,"</c>, <c>" "</c>) is an error, not "everything".
    /// </summary>
    public IReadOnlyList<string> List(string name)
    {
        var raw = configuration[name];
        var items = raw?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (items.Length == 0 && !string.IsNullOrEmpty(raw))
        {
            _errors.Add($"{name}: '{raw}' lists nothing (leave it unset for the default)");
        }

        return items;
    }

    public bool Flag(string name, bool fallback) => Parse(name, fallback, "neither true nor false", text => (bool.TryParse(text, out var value), value));

    // NumberStyles.None: ASCII digits only, no sign, no spaces.
    public int Number(string name, int fallback) =>
        Parse(name, fallback, "not a whole number", text => (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value), value));

    // NaN and infinities parse as doubles but would switch a threshold off.
    public double Fraction(string name, double fallback) =>
        Parse(name, fallback, "not a finite number", text => (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value), value));

    public DateOnly Date(string name, DateOnly fallback) =>
        Parse(name, fallback, "not a date in yyyy-mm-dd form", text => (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value), value));

    /// <summary>One of the enum's names, any case; numbers are refused (Enum.TryParse would take "5").</summary>
    public TEnum Choice<TEnum>(string name, TEnum fallback)
        where TEnum : struct, Enum =>
        Parse(name, fallback, $"not one of {string.Join(", ", Enum.GetNames<TEnum>()).ToLowerInvariant()}", text =>
            Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } known
                ? (true, Enum.Parse<TEnum>(known))
                : (false, fallback));

    /// <summary>Every set variable whose name starts with <paramref name="prefix"/> (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_S3…).</summary>
    public IReadOnlyDictionary<string, string> Prefixed(string prefix) =>
        configuration.AsEnumerable()
            .Where(pair => pair.Key.StartsWith(prefix, StringComparison.Ordinal) && !string.IsNullOrEmpty(pair.Value))
            .ToDictionary(pair => pair.Key, pair => pair.Value!, StringComparer.Ordinal);

    private T Parse<T>(string name, T fallback, string problem, Func<string, (bool Ok, T Value)> parse)
    {
        if (Text(name) is not { } text)
        {
            return fallback;
        }

        var (ok, value) = parse(text);
        if (ok)
        {
            return value;
        }

        _errors.Add($"{name}: '{text}' is {problem}");
        return fallback;
    }
}
