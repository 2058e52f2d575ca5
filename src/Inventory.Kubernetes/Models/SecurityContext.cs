using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>core/v1 SecurityContext (a container's): the fields we set.</summary>
public sealed record SecurityContext
{
    [JsonPropertyName("runAsNonRoot")]
    public bool? RunAsNonRoot { get; init; }

    [JsonPropertyName("readOnlyRootFilesystem")]
    public bool? ReadOnlyRootFilesystem { get; init; }

    [JsonPropertyName("allowPrivilegeEscalation")]
    public bool? AllowPrivilegeEscalation { get; init; }

    [JsonPropertyName("privileged")]
    public bool? Privileged { get; init; }

    [JsonPropertyName("capabilities")]
    public Capabilities? Capabilities { get; init; }

    [JsonPropertyName("seccompProfile")]
    public SeccompProfile? SeccompProfile { get; init; }
}
