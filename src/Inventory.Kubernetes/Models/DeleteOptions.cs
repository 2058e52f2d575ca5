using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>metav1.DeleteOptions: the body of a DELETE.</summary>
internal sealed record DeleteOptions
{
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; init; } = "v1";

    [JsonPropertyName("kind")]
    public string Kind { get; init; } = "DeleteOptions";

    /// <summary>Orphan, Background or Foreground.</summary>
    [JsonPropertyName("propagationPolicy")]
    public string? PropagationPolicy { get; init; }
}
