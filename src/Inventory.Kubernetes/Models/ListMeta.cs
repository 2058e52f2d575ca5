using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>metav1.ListMeta: the list's resourceVersion (where a watch starts) and the next page's token.</summary>
public sealed record ListMeta
{
    [JsonPropertyName("resourceVersion")]
    public string? ResourceVersion { get; init; }

    [JsonPropertyName("continue")]
    public string? Continue { get; init; }

    [JsonPropertyName("remainingItemCount")]
    public long? RemainingItemCount { get; init; }
}
