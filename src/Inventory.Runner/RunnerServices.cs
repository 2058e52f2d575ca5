using Inventory.Run;
using Inventory.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Runner;

/// <summary>The runner's composition: settings validated at start, the run, the service that runs it.</summary>
internal static class RunnerServices
{
    public static IServiceCollection AddRunner(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddValidatedOptions<RunnerOptions, RunnerOptionsValidator>(provider => RunnerOptionsReader.Read(configuration, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<InventoryRun>();
        services.AddHostedService<RunnerService>();
        return services;
    }
}
