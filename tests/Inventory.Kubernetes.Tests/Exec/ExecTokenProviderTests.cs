using Inventory.Kubernetes.Tests.Support;
using Inventory.Testing.Time;

using k8s;

using k8s.Exceptions;

namespace Inventory.Kubernetes.Tests.Exec;

/// <summary>
/// Exec plugins are python3 scripts in the kubeconfig cases (one argument holds the whole program, spaces
/// and newlines included); each run counts itself in a file.
/// </summary>
public sealed class ExecTokenProviderTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private string Counter => Path.Combine(_directory.Path, "runs");

    private int Runs => File.Exists(Counter) ? int.Parse(File.ReadAllText(Counter), System.Globalization.CultureInfo.InvariantCulture) : 0;

    [Fact]
    public async Task TheTokenIsCachedUntilNearItsExpiry()
    {
        var provider = Provider("exec.yaml", "2099-01-01T00:00:00Z");

        Assert.Equal("eks-v1-1", await provider.GetTokenAsync(TestContext.Current.CancellationToken));
        Assert.Equal("eks-v1-1", await provider.GetTokenAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, Runs);
    }

    [Fact]
    public async Task V1beta1PluginsWorkToo()
    {
        var provider = Provider("exec-v1beta1.yaml", "none");

        Assert.Equal("eks-v1beta1-1", await provider.GetTokenAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ThePluginRunsAgain30SecondsBeforeExpiry()
    {
        var clock = new ManualTimeProvider();
        var expiry = clock.Start.AddMinutes(1).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var provider = Provider("exec.yaml", expiry, clock);

        Assert.Equal("eks-v1-1", await provider.GetTokenAsync(TestContext.Current.CancellationToken));
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal("eks-v1-1", await provider.GetTokenAsync(TestContext.Current.CancellationToken));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("eks-v1-2", await provider.GetTokenAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, Runs);
    }

    [Fact]
    public async Task ConcurrentCallersShareOneRun()
    {
        var provider = Provider("exec.yaml", "none");

        var tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => provider.GetTokenAsync(TestContext.Current.CancellationToken).AsTask()));

        Assert.All(tokens, token => Assert.Equal("eks-v1-1", token));
        Assert.Equal(1, Runs);
    }

    [Fact]
    public async Task AFailingPluginGivesItsExitCodeAndTheTailOfItsStderr()
    {
        var provider = Provider("exec-failing.yaml", "none");

        var error = await Assert.ThrowsAsync<KubeConfigException>(async () => await provider.GetTokenAsync(TestContext.Current.CancellationToken));

        Assert.StartsWith("exec plugin 'python3' failed with exit code 3: …", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("An error occurred (ExpiredToken): the SSO session has expired", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 800);
    }

    [Fact]
    public async Task APluginThatPrintsNoTokenSaysSo()
    {
        var provider = Provider("exec-no-token.yaml", "none");

        var error = await Assert.ThrowsAsync<KubeConfigException>(async () => await provider.GetTokenAsync(TestContext.Current.CancellationToken));

        Assert.Equal("exec plugin 'python3' printed no token (status.token is empty).", error.Message);
    }

    [Fact]
    public async Task OutputThatIsNotAnExecCredentialIsNotEchoed()
    {
        var provider = Provider("exec-not-json.yaml", "none");

        var error = await Assert.ThrowsAsync<KubeConfigException>(async () => await provider.GetTokenAsync(TestContext.Current.CancellationToken));

        Assert.Contains("printed something that is not an ExecCredential", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACommandThatCannotStartShowsTheInstallHint()
    {
        var provider = Provider("exec-missing-command.yaml", "none");

        var error = await Assert.ThrowsAsync<KubeConfigException>(async () => await provider.GetTokenAsync(TestContext.Current.CancellationToken));

        Assert.StartsWith("exec plugin 'inventory-no-such-plugin' could not be started", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Install the plugin from the platform team's wiki.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APluginThatHangsIsKilledAtTheTimeout()
    {
        var pidFile = Path.Combine(_directory.Path, "pid");
        var path = TestFiles.KubeconfigFrom("exec-slow.yaml", _directory.Path, ("__PIDFILE__", pidFile));
        // Long enough for python3 to start and say its pid on a loaded machine.
        var config = KubernetesConfiguration.Load(path, execTimeout: TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<KubeConfigException>(async () => await config.TokenProvider.GetAuthenticationHeaderAsync(TestContext.Current.CancellationToken));

        Assert.Equal("exec plugin 'python3' timed out after 5 s and was stopped.", error.Message);
        var pid = File.ReadAllText(pidFile);
        for (var i = 0; i < 100 && Directory.Exists($"/proc/{pid}"); i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.False(Directory.Exists($"/proc/{pid}"), $"plugin {pid} still runs");
    }

    [Fact]
    public async Task LoadingTheKubeconfigRunsNoPluginTheFirstRequestRunsItOnce()
    {
        var path = TestFiles.KubeconfigFrom("exec.yaml", _directory.Path, ("__COUNTER__", Counter), ("__EXPIRY__", "none"));

        var config = KubernetesConfiguration.Load(path);
        Assert.Equal(0, Runs);
        var header = await config.TokenProvider.GetAuthenticationHeaderAsync(TestContext.Current.CancellationToken);

        Assert.Equal(("Bearer", "eks-v1-1"), (header.Scheme, header.Parameter));
        Assert.Null(config.AccessToken);
        Assert.Equal(1, Runs);
    }

    private ExecTokenProvider Provider(string kubeconfig, string expiry, TimeProvider? clock = null)
    {
        var path = TestFiles.KubeconfigFrom(kubeconfig, _directory.Path, ("__COUNTER__", Counter), ("__EXPIRY__", expiry));
        var settings = ((ExecTokenProvider)KubernetesConfiguration.Load(path).TokenProvider).Settings;
        return new ExecTokenProvider(settings, clock);
    }
}
