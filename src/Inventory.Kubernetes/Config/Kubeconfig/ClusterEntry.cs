using YamlDotNet.Serialization;

namespace Inventory.Kubernetes;

internal sealed class ClusterEntry
{
    [YamlMember(Alias = "server")]
    public string? Server { get; set; }

    /// <summary>A file, relative to the kubeconfig that names it.</summary>
    [YamlMember(Alias = "certificate-authority")]
    public string? CertificateAuthority { get; set; }

    /// <summary>Base64 of the PEM.</summary>
    [YamlMember(Alias = "certificate-authority-data")]
    public string? CertificateAuthorityData { get; set; }

    [YamlMember(Alias = "insecure-skip-tls-verify")]
    public bool InsecureSkipTlsVerify { get; set; }
}
