using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>metav1.OwnerReference: ties a Job to the object whose deletion should take it along.</summary>
public sealed record OwnerReference
{
    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; init; }

    [JsonPropertyName("kind")]
    public string? Kind { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("uid")]
    public string? Uid { get; init; }

    [JsonPropertyName("controller")]
    public bool? Controller { get; init; }

    [JsonPropertyName("blockOwnerDeletion")]
    public bool? BlockOwnerDeletion { get; init; }
}
