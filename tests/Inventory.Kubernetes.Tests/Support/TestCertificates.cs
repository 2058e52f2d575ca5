using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Inventory.Kubernetes.Tests.Support;

/// <summary>A throwaway CA and the server and client certificates it signs, made in memory.</summary>
internal sealed class TestCertificates : IDisposable
{
    private readonly ECDsa _caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public TestCertificates(string caName = "inventory-test-ca")
    {
        var request = new CertificateRequest($"CN={caName}", _caKey, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        Authority = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }

    public X509Certificate2 Authority { get; }

    public string AuthorityPem => Authority.ExportCertificatePem();

    /// <summary>A server certificate for <paramref name="dnsName"/> and 127.0.0.1, with its key, loadable by Kestrel.</summary>
    public X509Certificate2 Server(string dnsName = "localhost")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = Leaf($"CN={dnsName}", key, "1.3.6.1.5.5.7.3.1");
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(dnsName);
        if (dnsName == "localhost")
        {
            names.AddIpAddress(IPAddress.Loopback);
        }

        request.CertificateExtensions.Add(names.Build());
        using var certificate = Sign(request).CopyWithPrivateKey(key);
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>A client certificate as kubeconfig holds one: certificate and key PEM.</summary>
    public ClientCertificate Client(string commonName)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var certificate = Sign(Leaf($"CN={commonName}", key, "1.3.6.1.5.5.7.3.2"));
        return new ClientCertificate(certificate.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem());
    }

    public void Dispose()
    {
        Authority.Dispose();
        _caKey.Dispose();
    }

    private static CertificateRequest Leaf(string subject, ECDsa key, string usage)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(usage)], false));
        return request;
    }

    private X509Certificate2 Sign(CertificateRequest request) =>
        request.Create(Authority, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(12), RandomNumberGenerator.GetBytes(8));
}
