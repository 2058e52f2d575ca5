using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>core/v1 PodTemplateSpec: the pod a Job runs.</summary>
public sealed record PodTemplateSpec
{
    [JsonPropertyName("metadata")]
    public ObjectMeta? Metadata { get; init; }

    [JsonPropertyName("spec")]
    public PodSpec? Spec { get; init; }
}
