using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>core/v1 Pod.</summary>
public sealed record Pod : IKubernetesObject
{
    public const string KubeGroup = "";
    public const string KubeVersion = "v1";
    public const string KubeApiVersion = "v1";
    public const string KubeKind = "Pod";
    public const string KubePluralName = "pods";

    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; init; } = KubeApiVersion;

    [JsonPropertyName("kind")]
    public string? Kind { get; init; } = KubeKind;

    [JsonPropertyName("metadata")]
    public ObjectMeta? Metadata { get; init; }

    [JsonPropertyName("spec")]
    public PodSpec? Spec { get; init; }

    [JsonPropertyName("status")]
    public PodStatus? Status { get; init; }
}
