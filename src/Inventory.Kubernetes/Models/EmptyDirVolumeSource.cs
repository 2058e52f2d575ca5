using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>core/v1 EmptyDirVolumeSource.</summary>
public sealed record EmptyDirVolumeSource
{
    /// <summary>"" (node disk) or "Memory".</summary>
    [JsonPropertyName("medium")]
    public string? Medium { get; init; }

    /// <summary>A quantity, e.g. "64Mi".</summary>
    [JsonPropertyName("sizeLimit")]
    public string? SizeLimit { get; init; }
}
