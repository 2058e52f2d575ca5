using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>core/v1 Container: the fields we set.</summary>
public sealed record Container
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("image")]
    public string? Image { get; init; }

    [JsonPropertyName("imagePullPolicy")]
    public string? ImagePullPolicy { get; init; }

    [JsonPropertyName("command")]
    public IReadOnlyList<string>? Command { get; init; }

    [JsonPropertyName("args")]
    public IReadOnlyList<string>? Args { get; init; }

    [JsonPropertyName("env")]
    public IReadOnlyList<EnvVar>? Env { get; init; }

    [JsonPropertyName("resources")]
    public ResourceRequirements? Resources { get; init; }

    [JsonPropertyName("securityContext")]
    public SecurityContext? SecurityContext { get; init; }

    [JsonPropertyName("volumeMounts")]
    public IReadOnlyList<VolumeMount>? VolumeMounts { get; init; }
}
