using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>core/v1 SeccompProfile.</summary>
public sealed record SeccompProfile
{
    /// <summary>"RuntimeDefault", "Localhost" or "Unconfined".</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }
}
