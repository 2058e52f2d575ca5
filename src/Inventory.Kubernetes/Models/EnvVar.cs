using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>core/v1 EnvVar: a value, or one read from the pod's own fields.</summary>
public sealed record EnvVar
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("value")]
    public string? Value { get; init; }

    [JsonPropertyName("valueFrom")]
    public EnvVarSource? ValueFrom { get; init; }
}
