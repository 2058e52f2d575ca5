using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>metav1.StatusDetails: which object, and for Invalid, which fields.</summary>
public sealed record StatusDetails
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("group")]
    public string? Group { get; init; }

    [JsonPropertyName("kind")]
    public string? Kind { get; init; }

    [JsonPropertyName("causes")]
    public IReadOnlyList<StatusCause>? Causes { get; init; }

    [JsonPropertyName("retryAfterSeconds")]
    public int? RetryAfterSeconds { get; init; }
}
