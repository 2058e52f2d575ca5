using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Inventory.Orchestrator;

/// <summary>Runs one orchestration, sets the process exit code, and stops the host.</summary>
internal sealed class OrchestratorService(OrchestratorRun run, IHostApplicationLifetime lifetime, ILogger<OrchestratorService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            Environment.ExitCode = await run.ExecuteAsync(Console.Out, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            OrchestratorLog.Terminated(logger);
            Environment.ExitCode = ExitCodes.Terminated;
        }
        catch (Exception e)
        {
            OrchestratorLog.Unexpected(logger, e);
            Environment.ExitCode = ExitCodes.Unexpected;
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}
