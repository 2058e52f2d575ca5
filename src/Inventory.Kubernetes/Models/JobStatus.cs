using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>batch/v1 JobStatus.</summary>
public sealed record JobStatus
{
    [JsonPropertyName("active")]
    public int? Active { get; init; }

    [JsonPropertyName("succeeded")]
    public int? Succeeded { get; init; }

    [JsonPropertyName("failed")]
    public int? Failed { get; init; }

    [JsonPropertyName("ready")]
    public int? Ready { get; init; }

    [JsonPropertyName("startTime")]
    public DateTimeOffset? StartTime { get; init; }

    [JsonPropertyName("completionTime")]
    public DateTimeOffset? CompletionTime { get; init; }

    [JsonPropertyName("conditions")]
    public IReadOnlyList<JobCondition>? Conditions { get; init; }
}
