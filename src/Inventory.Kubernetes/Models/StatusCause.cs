using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>metav1.StatusCause: one reason a request was refused, e.g. an invalid field.</summary>
public sealed record StatusCause
{
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("field")]
    public string? Field { get; init; }
}
