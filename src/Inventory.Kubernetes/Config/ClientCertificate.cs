namespace Inventory.Kubernetes;

/// <summary>A client certificate and its private key, as PEM. The key never appears in ToString or logs.</summary>
public sealed class ClientCertificate
{
    public ClientCertificate(string certificatePem, string keyPem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(certificatePem);
        ArgumentException.ThrowIfNullOrWhiteSpace(keyPem);
        CertificatePem = certificatePem;
        KeyPem = keyPem;
    }

    public string CertificatePem { get; }

    public string KeyPem { get; }

    public override string ToString() => "client certificate (key hidden)";
}
