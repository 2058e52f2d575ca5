using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>core/v1 Volume; only emptyDir is modelled.</summary>
public sealed record Volume
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("emptyDir")]
    public EmptyDirVolumeSource? EmptyDir { get; init; }
}
