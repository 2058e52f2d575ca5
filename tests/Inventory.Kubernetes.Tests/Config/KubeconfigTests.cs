using Inventory.Kubernetes.Tests.Support;

namespace Inventory.Kubernetes.Tests.Config;

public sealed class KubeconfigTests
{
    [Fact]
    public async Task ATokenUserGivesServerNamespaceCaAndToken()
    {
        var config = KubernetesConfig.Load(TestFiles.Kubeconfig("token.yaml"));

        Assert.Equal(new Uri("https://prod.example.com:6443"), config.Server);
        Assert.Equal("inventory", config.Namespace);
        Assert.Contains("TEST-CA", config.CertificateAuthority, StringComparison.Ordinal);
        Assert.False(config.InsecureSkipTlsVerify);
        Assert.Null(config.ClientCertificate);
        Assert.Equal("abc.def.ghi", await config.Credentials!.GetTokenAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void ANamedContextIsUsedInsteadOfTheCurrentOne()
    {
        var config = KubernetesConfig.Load(TestFiles.Kubeconfig("token.yaml"), context: "other");

        Assert.Equal(KubernetesConfig.DefaultNamespace, config.Namespace);
    }

    [Fact]
    public void ClientCertificateDataIsDecoded()
    {
        var config = KubernetesConfig.Load(TestFiles.Kubeconfig("client-certificate-data.yaml"));

        Assert.Contains("TEST-CLIENT", config.ClientCertificate!.CertificatePem, StringComparison.Ordinal);
        Assert.Contains("TEST-KEY", config.ClientCertificate.KeyPem, StringComparison.Ordinal);
        Assert.Null(config.Credentials);
        Assert.DoesNotContain("TEST-KEY", config.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FilePathsAreRelativeToTheKubeconfig()
    {
        var config = KubernetesConfig.Load(TestFiles.Kubeconfig("client-certificate-files.yaml"));

        Assert.Contains("FILE-CA", config.CertificateAuthority, StringComparison.Ordinal);
        Assert.Contains("FILE-CLIENT", config.ClientCertificate!.CertificatePem, StringComparison.Ordinal);
        Assert.Contains("FILE-KEY", config.ClientCertificate.KeyPem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATokenFileIsReadThroughTheRereadingProvider()
    {
        var config = KubernetesConfig.Load(TestFiles.Kubeconfig("token-file.yaml"));

        var provider = Assert.IsType<TokenFileProvider>(config.Credentials);
        Assert.Equal("file-token", await provider.GetTokenAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void AnHttpServerWithInsecureSkipTlsVerifyIsAccepted()
    {
        var config = KubernetesConfig.Load(TestFiles.Kubeconfig("insecure.yaml"));

        Assert.Equal(new Uri("http://127.0.0.1:8080"), config.Server);
        Assert.True(config.InsecureSkipTlsVerify);
        Assert.Null(config.CertificateAuthority);
    }

    [Fact]
    public void AnExecUserGetsAnExecTokenProviderWithItsSettings()
    {
        var config = KubernetesConfig.Load(TestFiles.Kubeconfig("exec.yaml"));

        var provider = Assert.IsType<ExecTokenProvider>(config.Credentials);
        Assert.Equal("client.authentication.k8s.io/v1", provider.Settings.ApiVersion);
        Assert.Equal("python3", provider.Settings.Command);
        Assert.Equal(["-c", "__COUNTER__", "__EXPIRY__"], [provider.Settings.Args[0], .. provider.Settings.Args.Skip(2)]);
        Assert.Equal("eks", provider.Settings.Env["TOKEN_PREFIX"]);
    }

    public static TheoryData<string, string[]> BrokenKubeconfigs() => new()
    {
        { "no-current-context.yaml", ["sets no current-context", "kubectl config use-context", "contexts: main"] },
        { "context-no-cluster.yaml", ["Context 'lonely' names no cluster"] },
        { "context-unknown-cluster.yaml", ["Context 'elsewhere' uses cluster 'staging', which is not in the kubeconfig", "clusters: prod"] },
        { "cluster-no-server.yaml", ["Cluster 'prod' has no server", "https://HOST:PORT"] },
        { "cluster-bad-server.yaml", ["Cluster 'prod' has server 'prod.example.com:6443'", "not an https://"] },
        { "context-no-user.yaml", ["Context 'main' names no user"] },
        { "context-unknown-user.yaml", ["Context 'main' uses user 'you'", "users: me"] },
        { "user-no-credentials.yaml", ["User 'me' has no credentials", "basic auth is not supported", "exec plugin"] },
        { "user-auth-provider.yaml", ["User 'me' uses an auth-provider", "exec credential plugin"] },
        { "bad-ca-data.yaml", ["certificate-authority-data of cluster 'prod' is not base64"] },
        { "missing-ca-file.yaml", ["certificate-authority file", "nope.crt", "cluster 'prod' does not exist"] },
        { "certificate-without-key.yaml", ["User 'me' has a client certificate but no key"] },
        { "missing-token-file.yaml", ["User 'me' has tokenFile", "absent-token, which does not exist"] },
        { "exec-bad-api-version.yaml", ["apiVersion 'client.authentication.k8s.io/v1alpha1'", "client.authentication.k8s.io/v1beta1"] },
        { "not-yaml.yaml", ["not-yaml.yaml is not valid", "line"] },
    };

    [Theory]
    [MemberData(nameof(BrokenKubeconfigs))]
    public void AMissingPieceIsNamedInTheError(string file, string[] fragments)
    {
        var error = Assert.Throws<KubernetesConfigException>(() => KubernetesConfig.Load(TestFiles.Kubeconfig(file)));

        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnUnknownContextListsTheKnownOnes()
    {
        var error = Assert.Throws<KubernetesConfigException>(() => KubernetesConfig.Load(TestFiles.Kubeconfig("token.yaml"), context: "staging"));

        Assert.Contains("Context 'staging' is not in the kubeconfig", error.Message, StringComparison.Ordinal);
        Assert.Contains("contexts: main, other", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExplicitPathThatDoesNotExistIsNamed()
    {
        var path = TestFiles.Kubeconfig("absent.yaml");

        var error = Assert.Throws<KubernetesConfigException>(() => KubernetesConfig.Load(path));

        Assert.Equal($"The kubeconfig {path} does not exist.", error.Message);
    }
}
