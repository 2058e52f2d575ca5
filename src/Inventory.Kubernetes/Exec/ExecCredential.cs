using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>client.authentication.k8s.io ExecCredential: sent to the plugin in KUBERNETES_EXEC_INFO, read from its stdout.</summary>
internal sealed record ExecCredential
{
    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; init; }

    [JsonPropertyName("kind")]
    public string? Kind { get; init; } = "ExecCredential";

    [JsonPropertyName("spec")]
    public ExecCredentialSpec? Spec { get; init; }

    [JsonPropertyName("status")]
    public ExecCredentialStatus? Status { get; init; }
}
