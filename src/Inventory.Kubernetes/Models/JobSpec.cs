using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>batch/v1 JobSpec: the fields we set.</summary>
public sealed record JobSpec
{
    [JsonPropertyName("template")]
    public PodTemplateSpec? Template { get; init; }

    [JsonPropertyName("backoffLimit")]
    public int? BackoffLimit { get; init; }

    [JsonPropertyName("activeDeadlineSeconds")]
    public long? ActiveDeadlineSeconds { get; init; }

    [JsonPropertyName("ttlSecondsAfterFinished")]
    public int? TtlSecondsAfterFinished { get; init; }

    [JsonPropertyName("completions")]
    public int? Completions { get; init; }

    [JsonPropertyName("parallelism")]
    public int? Parallelism { get; init; }
}
