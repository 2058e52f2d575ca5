using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>batch/v1 Job.</summary>
public sealed partial record Job : IKubernetesObject
{
    public const string KubeGroup = "batch";
    public const string KubeVersion = "v1";
    public const string KubeApiVersion = "batch/v1";
    public const string KubeKind = "Job";
    public const string KubePluralName = "jobs";

    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; init; } = KubeApiVersion;

    [JsonPropertyName("kind")]
    public string? Kind { get; init; } = KubeKind;

    [JsonPropertyName("metadata")]
    public ObjectMeta? Metadata { get; init; }

    [JsonPropertyName("spec")]
    public JobSpec? Spec { get; init; }

    [JsonPropertyName("status")]
    public JobStatus? Status { get; init; }
}
