using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>The plugin's answer: a bearer token and when it expires (no expiry: valid until the process ends).</summary>
internal sealed record ExecCredentialStatus
{
    [JsonPropertyName("token")]
    public string? Token { get; init; }

    [JsonPropertyName("expirationTimestamp")]
    public DateTimeOffset? ExpirationTimestamp { get; init; }

    [JsonPropertyName("clientCertificateData")]
    public string? ClientCertificateData { get; init; }

    public override string ToString() => $"ExecCredentialStatus {{ expires {ExpirationTimestamp?.ToString("O") ?? "never"} }}";
}
