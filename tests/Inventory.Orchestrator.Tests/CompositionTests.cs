using Inventory.Orchestrator.Local;
using Inventory.Orchestrator.Supervision;
using k8s.Exceptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Orchestrator.Tests;

/// <summary>The composition root picks the launcher for the mode and reaches the cluster only when a run needs it.</summary>
public sealed class CompositionTests : IDisposable
{
    private const string NoKubeconfig = "/nonexistent/inventory-kubeconfig";

    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("orchestrator-composition-");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _output.Delete(recursive: true);

    [Fact]
    public async Task LocalModeGetsTheInProcessLauncherAndABrokenKubeconfigDoesNotMatter()
    {
        using var services = Build(("LOCAL", "true"), ("OUTPUT_DIR", _output.FullName), ("KUBECONFIG", NoKubeconfig), ("RUN_ID", "local-composed"));

        var launcher = services.GetRequiredService<IRunnerLauncher>();

        Assert.IsType<InProcessLauncher>(launcher);
        Assert.NotNull(services.GetRequiredService<OrchestratorRun>());
        Assert.Equal("local-composed", await launcher.PlanAsync(Cancel));
    }

    [Fact]
    public async Task JobsModeGetsTheJobLauncherAndConnectsOnlyWhenItPlans()
    {
        using var services = Build(("S3_BUCKET", "inventory"), ("KUBECONFIG", NoKubeconfig), ("RUNNER_IMAGE", "registry.example/inventory:1"), ("NAMESPACE", "inventory"));

        var launcher = services.GetRequiredService<IRunnerLauncher>();
        Assert.NotNull(services.GetRequiredService<OrchestratorRun>());

        Assert.IsType<JobLauncher>(launcher);
        var refused = await Assert.ThrowsAsync<KubeConfigException>(() => launcher.PlanAsync(Cancel));
        Assert.Contains(NoKubeconfig, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADryRunNamingItsImageAndNamespaceNeedsNoCluster()
    {
        using var services = Build(("S3_BUCKET", "inventory"), ("KUBECONFIG", NoKubeconfig), ("RUNNER_IMAGE", "registry.example/inventory:1"), ("NAMESPACE", "inventory"), ("DRY_RUN", "true"), ("RUN_ID", "dry"));

        Assert.Equal("dry", await services.GetRequiredService<IRunnerLauncher>().PlanAsync(Cancel));
    }

    private static ServiceProvider Build(params (string Name, string Value)[] variables)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(variables.Select(v => KeyValuePair.Create(v.Name, (string?)v.Value))).Build();
        return new ServiceCollection().AddLogging().AddOrchestrator(configuration, OrchestratorArguments.None).BuildServiceProvider();
    }
}
