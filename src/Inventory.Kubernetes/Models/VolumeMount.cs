using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>core/v1 VolumeMount.</summary>
public sealed record VolumeMount
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("mountPath")]
    public string? MountPath { get; init; }
}
