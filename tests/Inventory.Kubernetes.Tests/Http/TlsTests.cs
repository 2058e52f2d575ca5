using System.Security.Cryptography.X509Certificates;
using Inventory.Kubernetes.Tests.Support;

namespace Inventory.Kubernetes.Tests.Http;

/// <summary>As kubectl: the kubeconfig's CA alone is trusted, the host name must match, a client certificate is presented.</summary>
public sealed class TlsTests : IDisposable
{
    private readonly TestCertificates _ca = new();

    public void Dispose() => _ca.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AServerSignedByTheConfiguredCaIsTrustedOverHttp2()
    {
        await using var server = await Start(_ca.Server());

        await List(Config(server) with { CertificateAuthority = _ca.AuthorityPem });

        Assert.Equal("HTTP/2", server.Protocol);
    }

    [Fact]
    public async Task AServerSignedBySomeOtherCaIsRefused()
    {
        using var other = new TestCertificates("someone-else");
        await using var server = await Start(other.Server());

        await Refused(() => List(Config(server) with { CertificateAuthority = _ca.AuthorityPem }));
    }

    [Fact]
    public async Task WithoutACaTheSystemStoreDecidesAndRefusesATestCa()
    {
        await using var server = await Start(_ca.Server());

        await Refused(() => List(Config(server)));
    }

    [Fact]
    public async Task TheHostNameMustMatchEvenWithTheRightCa()
    {
        await using var server = await Start(_ca.Server("api.elsewhere.example"));

        await Refused(() => List(Config(server) with { CertificateAuthority = _ca.AuthorityPem }));
    }

    [Fact]
    public async Task InsecureSkipTlsVerifyAcceptsAnyServer()
    {
        using var other = new TestCertificates("someone-else");
        await using var server = await Start(other.Server("api.elsewhere.example"));

        await List(Config(server) with { InsecureSkipTlsVerify = true });
    }

    [Fact]
    public async Task TheClientCertificateIsPresented()
    {
        await using var server = await Start(_ca.Server());

        await List(Config(server) with { CertificateAuthority = _ca.AuthorityPem, ClientCertificate = _ca.Client("inventory-orchestrator") });

        Assert.Equal("CN=inventory-orchestrator", server.ClientSubject);
    }

    [Fact]
    public void AClientCertificateThatIsNotPemIsAConfigError()
    {
        var config = new KubernetesConfig(new Uri("https://127.0.0.1:1"), "default", ClientCertificate: new ClientCertificate("not pem", "not pem either"));

        var error = Assert.Throws<KubernetesConfigException>(() => new KubernetesClient(config));

        Assert.StartsWith("The client certificate or key is not usable PEM", error.Message, StringComparison.Ordinal);
    }

    // Refused at once: a certificate that fails once fails again, so it is not retried.
    private static async Task Refused(Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<KubernetesException>(call);

        Assert.Equal("TlsFailed", error.Reason);
        Assert.Equal(0, error.StatusCode);
    }

    private static async Task<TlsApiServer> Start(X509Certificate2 certificate) => await TlsApiServer.StartAsync(certificate, Ct);

    private static KubernetesConfig Config(TlsApiServer server) =>
        new(new Uri($"https://localhost:{server.Endpoint.Port}"), "default", Credentials: new StaticTokenProvider("t"));

    private static async Task List(KubernetesConfig config)
    {
        using var client = new KubernetesClient(config);
        await client.ListJobsAsync("default", null, ct: Ct);
    }
}
