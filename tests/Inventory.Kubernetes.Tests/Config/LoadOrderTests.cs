using Inventory.Kubernetes.Tests.Support;

namespace Inventory.Kubernetes.Tests.Config;

/// <summary>KUBECONFIG (merged, first wins) → ~/.kube/config → in-cluster → an error naming what was tried.</summary>
public sealed class LoadOrderTests : IDisposable
{
    private readonly TempDirectory _home = new();
    private readonly TempDirectory _serviceAccount = new();

    public void Dispose()
    {
        _home.Dispose();
        _serviceAccount.Dispose();
    }

    [Fact]
    public void KubeconfigFilesAreMergedAndTheFirstWins()
    {
        var config = Load(("KUBECONFIG", Merged()));

        // current-context comes from the first file that sets one; the shared cluster from the first file too.
        Assert.Equal(new Uri("https://first.example.com"), config.Server);
    }

    [Fact]
    public async Task ALaterFileContributesContextsClustersAndUsersOfItsOwn()
    {
        var config = Load("second", ("KUBECONFIG", Merged()));

        Assert.Equal(new Uri("https://own.example.com"), config.Server);
        Assert.Equal("jobs", config.Namespace);
        Assert.Equal("second-token", await config.Credentials!.GetTokenAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void ANameDefinedTwiceTakesTheFirstFilesEntry()
    {
        var config = Load("second-shared", ("KUBECONFIG", Merged()));

        Assert.Equal(new Uri("https://first.example.com"), config.Server);
    }

    [Fact]
    public void MissingEntriesOfTheKubeconfigListAreSkipped()
    {
        var list = string.Join(Path.PathSeparator, TestFiles.Kubeconfig("absent.yaml"), TestFiles.Kubeconfig("insecure.yaml"));

        var config = Load(("KUBECONFIG", list));

        Assert.Equal(new Uri("http://127.0.0.1:8080"), config.Server);
    }

    [Fact]
    public void AKubeconfigListWithNoExistingFileIsAnError()
    {
        var missing = TestFiles.Kubeconfig("absent.yaml");

        var error = Assert.Throws<KubernetesConfigException>(() => Load(("KUBECONFIG", missing)));

        Assert.Contains($"KUBECONFIG names {missing}, and none of these files exists", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KubeconfigComesBeforeTheHomeConfig()
    {
        WriteHomeConfig("token.yaml");

        var config = Load(("KUBECONFIG", TestFiles.Kubeconfig("insecure.yaml")));

        Assert.Equal(new Uri("http://127.0.0.1:8080"), config.Server);
    }

    [Fact]
    public void TheHomeConfigComesBeforeInCluster()
    {
        WriteHomeConfig("token.yaml");
        WriteServiceAccount();

        var config = Load(("KUBERNETES_SERVICE_HOST", "10.0.0.1"), ("KUBERNETES_SERVICE_PORT", "443"));

        Assert.Equal(new Uri("https://prod.example.com:6443"), config.Server);
    }

    [Fact]
    public void InClusterIsUsedWithoutAnyKubeconfig()
    {
        WriteServiceAccount();

        var config = Load(("KUBERNETES_SERVICE_HOST", "10.0.0.1"), ("KUBERNETES_SERVICE_PORT", "443"));

        Assert.Equal(new Uri("https://10.0.0.1:443"), config.Server);
        Assert.IsType<TokenFileProvider>(config.Credentials);
    }

    [Fact]
    public void NothingFoundNamesEveryPlaceTried()
    {
        var error = Assert.Throws<KubernetesConfigException>(() => Load());

        Assert.Contains("KUBECONFIG is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_home.Path, ".kube", "config") + " does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("KUBERNETES_SERVICE_HOST", error.Message, StringComparison.Ordinal);
        Assert.Contains("Hint:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AContextAskedForWithoutAnyKubeconfigIsAnErrorEvenInACluster()
    {
        WriteServiceAccount();

        var error = Assert.Throws<KubernetesConfigException>(
            () => Load("prod", ("KUBERNETES_SERVICE_HOST", "10.0.0.1"), ("KUBERNETES_SERVICE_PORT", "443")));

        Assert.Contains("context 'prod' cannot be found", error.Message, StringComparison.Ordinal);
    }

    private static string Merged() =>
        string.Join(Path.PathSeparator, TestFiles.Kubeconfig("merge/first.yaml"), TestFiles.Kubeconfig("merge/second.yaml"));

    private KubernetesConfig Load(params (string Name, string Value)[] variables) => Load(null, variables);

    private KubernetesConfig Load(string? context, params (string Name, string Value)[] variables)
    {
        var environment = new FakeEnvironment([("HOME", _home.Path), .. variables]);
        return KubernetesConfig.Load(null, context, environment.Get, _serviceAccount.Path, TimeProvider.System);
    }

    private void WriteHomeConfig(string kubeconfig) =>
        File.Copy(TestFiles.Kubeconfig(kubeconfig), _home.File(Path.Combine(".kube", "config")));

    private void WriteServiceAccount()
    {
        _serviceAccount.File("token", "sa-token");
        _serviceAccount.File("ca.crt", "-----BEGIN CERTIFICATE-----\nSA-CA\n-----END CERTIFICATE-----\n");
        _serviceAccount.File("namespace", "inventory");
    }
}
