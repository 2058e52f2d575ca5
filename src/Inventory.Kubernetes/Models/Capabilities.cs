using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>core/v1 Capabilities, e.g. drop ["ALL"].</summary>
public sealed record Capabilities
{
    [JsonPropertyName("drop")]
    public IReadOnlyList<string>? Drop { get; init; }

    [JsonPropertyName("add")]
    public IReadOnlyList<string>? Add { get; init; }
}
