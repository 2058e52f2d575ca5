namespace Inventory.Aws.Endpoints;

/// <summary>
/// The one rule for a configured endpoint URL (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_&lt;SERVICE&gt;,
/// --endpoint-url): an absolute http or https URL with a host.
/// </summary>
public static class EndpointUrl
{
    public const string Expected = "an absolute http(s) URL such as http://127.0.0.1:5000";

    public static Uri? Parse(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Host.Length > 0 ? url : null;

    /// <summary>The problem with a setting's value, or null when it is a valid endpoint URL.</summary>
    public static string? Problem(string setting, string value) => Parse(value) is null ? $"{setting}: '{value}' is not {Expected}" : null;

    /// <summary>One line per AWS_ENDPOINT_URL* variable whose value is not an absolute http(s) URL, by name.</summary>
    public static IEnumerable<string> Problems(IReadOnlyDictionary<string, string> endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => Problem(pair.Key, pair.Value)).OfType<string>();
    }
}
