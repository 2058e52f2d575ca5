using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>core/v1 PodList: one page of a list.</summary>
public sealed record PodList
{
    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; init; }

    [JsonPropertyName("kind")]
    public string? Kind { get; init; }

    [JsonPropertyName("metadata")]
    public ListMeta? Metadata { get; init; }

    [JsonPropertyName("items")]
    public IReadOnlyList<Pod> Items { get; init; } = [];
}
