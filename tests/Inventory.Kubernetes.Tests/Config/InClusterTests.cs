using Inventory.Kubernetes.Tests.Support;

namespace Inventory.Kubernetes.Tests.Config;

public sealed class InClusterTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task TheServiceAccountGivesServerNamespaceCaAndToken()
    {
        WriteServiceAccount();

        var config = InCluster(("KUBERNETES_SERVICE_HOST", "10.96.0.1"), ("KUBERNETES_SERVICE_PORT", "443"));

        Assert.Equal(new Uri("https://10.96.0.1:443"), config.Server);
        Assert.Equal("inventory", config.Namespace);
        Assert.Contains("SA-CA", config.CertificateAuthority, StringComparison.Ordinal);
        Assert.Equal("sa-token", await config.Credentials!.GetTokenAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void AnIpv6ServiceAddressIsBracketed()
    {
        WriteServiceAccount();

        var config = InCluster(("KUBERNETES_SERVICE_HOST", "fd00::1"), ("KUBERNETES_SERVICE_PORT", "6443"));

        Assert.Equal("https://[fd00::1]:6443/", config.Server.ToString());
    }

    [Fact]
    public void WithoutANamespaceFileTheNamespaceIsDefault()
    {
        WriteServiceAccount();
        File.Delete(Path.Combine(_root.Path, "namespace"));

        var config = InCluster(("KUBERNETES_SERVICE_HOST", "10.96.0.1"), ("KUBERNETES_SERVICE_PORT", "443"));

        Assert.Equal("default", config.Namespace);
    }

    [Fact]
    public void OutsideAPodTheMissingVariablesAreNamed()
    {
        WriteServiceAccount();

        var error = Assert.Throws<KubernetesConfigException>(() => InCluster(("KUBERNETES_SERVICE_HOST", "10.96.0.1")));

        Assert.Contains("KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must both be set", error.Message, StringComparison.Ordinal);
        Assert.Contains("Hint:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingTokenPointsAtAutomount()
    {
        var error = Assert.Throws<KubernetesConfigException>(
            () => InCluster(("KUBERNETES_SERVICE_HOST", "10.96.0.1"), ("KUBERNETES_SERVICE_PORT", "443")));

        Assert.Contains(Path.Combine(_root.Path, "token") + " does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("automountServiceAccountToken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingCaIsNamed()
    {
        _root.File("token", "sa-token");

        var error = Assert.Throws<KubernetesConfigException>(
            () => InCluster(("KUBERNETES_SERVICE_HOST", "10.96.0.1"), ("KUBERNETES_SERVICE_PORT", "443")));

        Assert.Contains(Path.Combine(_root.Path, "ca.crt") + " does not exist", error.Message, StringComparison.Ordinal);
    }

    private KubernetesConfig InCluster(params (string Name, string Value)[] variables) =>
        KubernetesConfig.InCluster(_root.Path, new FakeEnvironment(variables).Get);

    private void WriteServiceAccount()
    {
        _root.File("token", "sa-token\n");
        _root.File("ca.crt", "-----BEGIN CERTIFICATE-----\nSA-CA\n-----END CERTIFICATE-----\n");
        _root.File("namespace", "inventory\n");
    }
}
