using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Inventory.Kubernetes;

/// <summary>
/// The one place an HttpClient is made for the API server. Its Timeout is infinite because watches
/// stay open for minutes; each call sets its own deadline instead. HTTP/2 (over TLS) multiplexes
/// watches and calls, and its keep-alive pings notice a dead connection under a quiet watch.
/// </summary>
internal static class KubernetesHttp
{
    public static HttpClient Create(KubernetesConfig config)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.GZip,
            ConnectTimeout = TimeSpan.FromSeconds(30),
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            EnableMultipleHttp2Connections = true,
            KeepAlivePingDelay = TimeSpan.FromSeconds(60),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
            SslOptions = TlsOptions(config),
        };

        HttpClient client = new(handler, disposeHandler: true)
        {
            Timeout = Timeout.InfiniteTimeSpan,
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("inventory-orchestrator/1.0");
        return client;
    }

    private static SslClientAuthenticationOptions TlsOptions(KubernetesConfig config)
    {
        var options = new SslClientAuthenticationOptions();
        if (config.ClientCertificate is { } clientCertificate)
        {
            options.ClientCertificates = [Load(clientCertificate)];
        }

        if (config.InsecureSkipTlsVerify)
        {
#pragma warning disable CA5359 // The kubeconfig's insecure-skip-tls-verify: the user asked for no verification.
            options.RemoteCertificateValidationCallback = (_, _, _, _) => true;
#pragma warning restore CA5359
        }
        else if (config.CertificateAuthority is { } pem)
        {
            var authorities = new X509Certificate2Collection();
            try
            {
                authorities.ImportFromPem(pem);
            }
            catch (System.Security.Cryptography.CryptographicException ex)
            {
                throw new KubernetesConfigException($"The cluster's certificate authority is not PEM: {ex.Message}", ex);
            }

            if (authorities.Count == 0)
            {
                throw new KubernetesConfigException("The cluster's certificate authority holds no certificate.");
            }

            options.RemoteCertificateValidationCallback = (_, certificate, _, errors) => TrustedBy(authorities, certificate, errors);
        }

        return options;
    }

    // As kubectl: with a CA given, that CA alone is trusted (not the system's roots); the host name must still match.
    private static bool TrustedBy(X509Certificate2Collection authorities, X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var server = new X509Certificate2(certificate);
        return chain.Build(server);
    }

    private static X509Certificate2 Load(ClientCertificate pem)
    {
        try
        {
            using var certificate = X509Certificate2.CreateFromPem(pem.CertificatePem, pem.KeyPem);

            // SChannel needs the key in a store rather than ephemeral; a PKCS#12 round trip puts it there.
            return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
        }
        catch (System.Security.Cryptography.CryptographicException ex)
        {
            throw new KubernetesConfigException($"The client certificate or key is not usable PEM: {ex.Message}", ex);
        }
    }
}
