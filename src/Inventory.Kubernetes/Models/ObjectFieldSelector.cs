using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>core/v1 ObjectFieldSelector, e.g. fieldPath "metadata.namespace".</summary>
public sealed record ObjectFieldSelector
{
    [JsonPropertyName("fieldPath")]
    public string? FieldPath { get; init; }
}
