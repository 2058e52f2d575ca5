using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>core/v1 PodSecurityContext: the fields we set.</summary>
public sealed record PodSecurityContext
{
    [JsonPropertyName("runAsNonRoot")]
    public bool? RunAsNonRoot { get; init; }

    [JsonPropertyName("runAsUser")]
    public long? RunAsUser { get; init; }

    [JsonPropertyName("runAsGroup")]
    public long? RunAsGroup { get; init; }

    [JsonPropertyName("fsGroup")]
    public long? FsGroup { get; init; }

    [JsonPropertyName("seccompProfile")]
    public SeccompProfile? SeccompProfile { get; init; }
}
