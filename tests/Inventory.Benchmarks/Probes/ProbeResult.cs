using System.Globalization;
using System.Text;

namespace Inventory.Benchmarks.Probes;

/// <summary>A child's measurements, one line of <c>key=value</c> pairs after <c>probe:</c>.</summary>
internal sealed class ProbeResult
{
    public const string Prefix = "probe:";

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public ProbeResult Add(string key, double value) => Add(key, value.ToString("R", CultureInfo.InvariantCulture));

    public ProbeResult Add(string key, string value)
    {
        _values[key] = value;
        return this;
    }

    public double this[string key] =>
        _values.TryGetValue(key, out var text) ? double.Parse(text, CultureInfo.InvariantCulture) : throw new KeyNotFoundException($"The probe did not report '{key}'.");

    public bool Has(string key) => _values.ContainsKey(key);

    public string Text(string key) => _values.GetValueOrDefault(key, "");

    public override string ToString()
    {
        var line = new StringBuilder(Prefix);
        foreach (var (key, value) in _values)
        {
            line.Append(' ').Append(key).Append('=').Append(value);
        }

        return line.ToString();
    }

    public static ProbeResult Parse(string line)
    {
        var result = new ProbeResult();
        foreach (var pair in line[Prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            result.Add(pair[..equals], pair[(equals + 1)..]);
        }

        return result;
    }
}
