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

    /// <summary>A comma-separated list, trimmed, empty entries dropped.</summary>
    public IReadOnlyList<string> List(string name) =>
        Text(name)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

    public bool Flag(string name, bool fallback) => Parse(name, fallback, "neither true nor false", text => (bool.TryParse(text, out var value), value));

    public int Number(string name, int fallback) =>
        Parse(name, fallback, "not a whole number", text => (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value), value));

    public double Fraction(string name, double fallback) =>
        Parse(name, fallback, "not a number", text => (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value), value));

    public DateOnly Date(string name, DateOnly fallback) =>
        Parse(name, fallback, "not a date in yyyy-mm-dd form", text => (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value), value));

    public TEnum Choice<TEnum>(string name, TEnum fallback)
        where TEnum : struct, Enum =>
        Parse(name, fallback, $"not one of {string.Join(", ", Enum.GetNames<TEnum>()).ToLowerInvariant()}", text => (Enum.TryParse<TEnum>(text, ignoreCase: true, out var value), value));

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
