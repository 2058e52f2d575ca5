using Inventory.Hosting;
using Inventory.Orchestrator.Local;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Orchestrator;

/// <summary>The orchestrator's composition: settings validated at start, the run, the service that runs it.</summary>
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
        if (terminal is not null)
        {
            services.AddSingleton(terminal);
        }

        services.AddSingleton<OrchestratorRun>();
        services.AddHostedService<OrchestratorService>();
        return services;
    }
}
