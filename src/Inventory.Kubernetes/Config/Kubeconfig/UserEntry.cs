using YamlDotNet.Serialization;

namespace Inventory.Kubernetes;

/// <summary>A kubeconfig user (clientcmd AuthInfo). File paths are relative to the kubeconfig that names them.</summary>
internal sealed class UserEntry
{
    [YamlMember(Alias = "token")]
    public string? Token { get; set; }

    [YamlMember(Alias = "tokenFile")]
    public string? TokenFile { get; set; }

    [YamlMember(Alias = "client-certificate")]
    public string? ClientCertificate { get; set; }

    [YamlMember(Alias = "client-certificate-data")]
    public string? ClientCertificateData { get; set; }

    [YamlMember(Alias = "client-key")]
    public string? ClientKey { get; set; }

    [YamlMember(Alias = "client-key-data")]
    public string? ClientKeyData { get; set; }

    [YamlMember(Alias = "exec")]
    public ExecEntry? Exec { get; set; }

    /// <summary>Read only to refuse it with a clear message.</summary>
    [YamlMember(Alias = "auth-provider")]
    public Dictionary<string, object>? AuthProvider { get; set; }

    /// <summary>Read only to refuse it with a clear message.</summary>
    [YamlMember(Alias = "username")]
    public string? Username { get; set; }
}
