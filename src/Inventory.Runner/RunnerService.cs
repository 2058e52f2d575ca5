using Inventory.Aws.Credentials;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Inventory.Runner;

/// <summary>Runs the inventory once, sets the process exit code, and stops the host.</summary>
internal sealed class RunnerService(InventoryRun run, IHostApplicationLifetime lifetime, ILogger<RunnerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            Environment.ExitCode = await run.ExecuteAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            RunnerLog.Terminated(logger);
            Environment.ExitCode = ExitCodes.Terminated;
        }
        catch (RoleAssumptionException e)
        {
            RunnerLog.RoleChainFailed(logger, e.ErrorCode, e.Message);
            Environment.ExitCode = ExitCodes.RoleChainFailed;
        }
        catch (Exception e)
        {
            RunnerLog.Unexpected(logger, e);
            Environment.ExitCode = ExitCodes.Unexpected;
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}
