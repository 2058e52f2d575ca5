using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>core/v1 PodSpec: the fields we set.</summary>
public sealed record PodSpec
{
    [JsonPropertyName("containers")]
    public IReadOnlyList<Container> Containers { get; init; } = [];

    /// <summary>A Job's pods need "Never" or "OnFailure".</summary>
    [JsonPropertyName("restartPolicy")]
    public string? RestartPolicy { get; init; }

    [JsonPropertyName("serviceAccountName")]
    public string? ServiceAccountName { get; init; }

    [JsonPropertyName("automountServiceAccountToken")]
    public bool? AutomountServiceAccountToken { get; init; }

    [JsonPropertyName("securityContext")]
    public PodSecurityContext? SecurityContext { get; init; }

    [JsonPropertyName("volumes")]
    public IReadOnlyList<Volume>? Volumes { get; init; }
}
