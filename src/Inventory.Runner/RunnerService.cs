using Inventory.Aws.Credentials;
using Inventory.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Inventory.Runner;

/// <summary>Runs the inventory once; its result is the exit code.</summary>
internal sealed class RunnerService(InventoryRun run, IHostApplicationLifetime lifetime, ILogger<RunnerService> logger) : OneShotService(lifetime)
{
    protected override Task<int> RunOnceAsync(CancellationToken cancellationToken) => run.ExecuteAsync(cancellationToken);

    protected override int? ExitCodeFor(Exception exception)
    {
        if (exception is not RoleAssumptionException refused)
        {
            return null;
        }

        RunnerLog.RoleChainFailed(logger, refused.ErrorCode, refused.Message);
        return ExitCodes.RoleChainFailed;
    }

    protected override void OnTerminated() => RunnerLog.Terminated(logger);

    protected override void OnUnexpected(Exception exception) => RunnerLog.Unexpected(logger, exception);
}
