using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>What the plugin is told about its caller: never interactive (no terminal, stdin closed).</summary>
internal sealed record ExecCredentialSpec
{
    [JsonPropertyName("interactive")]
    public bool Interactive { get; init; }
}
