using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>batch/v1 JobList: one page of a list.</summary>
public sealed record JobList
{
    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; init; }

    [JsonPropertyName("kind")]
    public string? Kind { get; init; }

    [JsonPropertyName("metadata")]
    public ListMeta? Metadata { get; init; }

    [JsonPropertyName("items")]
    public IReadOnlyList<Job> Items { get; init; } = [];
}
