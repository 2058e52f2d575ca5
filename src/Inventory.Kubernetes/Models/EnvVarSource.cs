using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>core/v1 EnvVarSource; only fieldRef is modelled.</summary>
public sealed record EnvVarSource
{
    [JsonPropertyName("fieldRef")]
    public ObjectFieldSelector? FieldRef { get; init; }
}
