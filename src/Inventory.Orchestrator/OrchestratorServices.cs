using Inventory.Hosting;
using Inventory.Kubernetes;
using Inventory.Orchestrator.Jobs;
using Inventory.Orchestrator.Local;
using Inventory.Orchestrator.Selection;
using Inventory.Orchestrator.Supervision;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Inventory.Orchestrator;

/// <summary>
/// The orchestrator's composition: settings validated at start, the launcher for the mode (runner
/// Jobs, or in-process with LOCAL), the Kubernetes client (connected on first use: local mode and a
/// dry run naming RUNNER_IMAGE and NAMESPACE never connect), the AWS clients, the run and its service.
/// </summary>
internal static class OrchestratorServices
{
    public static IServiceCollection AddOrchestrator(this IServiceCollection services, IConfiguration configuration, OrchestratorArguments arguments, LocalTerminal? terminal = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.EndpointUrl is { Length: > 0 } endpoint && Aws.Endpoints.EndpointUrl.Parse(endpoint) is not null)
        {
            // Read by the AWS clients' endpoint resolution and credential sources alike.
            Environment.SetEnvironmentVariable("AWS_ENDPOINT_URL", endpoint);
        }

        services.AddSingleton(TimeProvider.System);
        services.AddValidatedOptions<OrchestratorOptions, OrchestratorOptionsValidator>(
            provider => OrchestratorOptionsReader.Read(configuration, provider.GetRequiredService<TimeProvider>(), arguments));
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<OrchestratorOptions>>().Value);

        services.AddSingleton<OrchestratorAws>();
        services.AddSingleton<AccountSelector>();
        services.AddSingleton<IRunnerLauncher>(provider => provider.GetRequiredService<OrchestratorOptions>().Local.Enabled
            ? provider.GetRequiredService<InProcessLauncher>()
            : provider.GetRequiredService<JobLauncher>());
        services.AddSingleton<InProcessLauncher>();
        if (terminal is not null)
        {
            services.AddSingleton(new LocalTable(terminal.LogFile, AnsiConsole.Console));
        }

        services.AddSingleton<JobLauncher>();
        services.AddSingleton<JobPlanner>();
        services.AddSingleton<RunnerJobBuilder>();
        services.AddSingleton(provider =>
        {
            var cluster = provider.GetRequiredService<OrchestratorOptions>().Cluster;
            return new KubernetesApi(KubernetesConfiguration.Load(cluster.Kubeconfig, cluster.Context), logger: provider.GetRequiredService<ILogger<KubernetesApi>>());
        });
        services.AddSingleton(provider => new JobWatcher(provider.GetRequiredService<KubernetesApi>(), logger: provider.GetRequiredService<ILogger<JobWatcher>>()));
        services.AddSingleton(provider => new Lazy<KubernetesApi>(provider.GetRequiredService<KubernetesApi>));
        services.AddSingleton(provider => new Lazy<JobWatcher>(provider.GetRequiredService<JobWatcher>));

        services.AddSingleton<OrchestratorRun>();
        services.AddHostedService<OrchestratorService>();
        return services;
    }
}
