using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>metav1.Status: what the API answers with when a call fails (and in a watch's ERROR event).</summary>
public sealed record Status
{
    /// <summary>"Success" or "Failure".</summary>
    [JsonPropertyName("status")]
    public string? Result { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>AlreadyExists, NotFound, Invalid, Conflict, Expired, Gone, TooManyRequests, Unauthorized, …</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    [JsonPropertyName("code")]
    public int? Code { get; init; }

    [JsonPropertyName("details")]
    public StatusDetails? Details { get; init; }
}
