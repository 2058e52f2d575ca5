using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>core/v1 ResourceRequirements; quantities as the API writes them ("250m", "512Mi").</summary>
public sealed record ResourceRequirements
{
    [JsonPropertyName("requests")]
    public IReadOnlyDictionary<string, string>? Requests { get; init; }

    [JsonPropertyName("limits")]
    public IReadOnlyDictionary<string, string>? Limits { get; init; }
}
