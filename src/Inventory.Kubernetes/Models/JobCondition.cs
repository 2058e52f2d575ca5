using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>batch/v1 JobCondition (Complete, Failed, Suspended, FailureTarget, SuccessCriteriaMet).</summary>
public sealed record JobCondition
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>"True", "False" or "Unknown".</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("lastTransitionTime")]
    public DateTimeOffset? LastTransitionTime { get; init; }
}
