using Inventory.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Inventory.Orchestrator;

/// <summary>Runs one orchestration; its result is the exit code.</summary>
internal sealed class OrchestratorService(OrchestratorRun run, IHostApplicationLifetime lifetime, ILogger<OrchestratorService> logger) : OneShotService(lifetime)
{
    protected override Task<int> RunOnceAsync(CancellationToken cancellationToken) => run.ExecuteAsync(Console.Out, cancellationToken);

    protected override void OnTerminated() => OrchestratorLog.Terminated(logger);

    protected override void OnUnexpected(Exception exception) => OrchestratorLog.Unexpected(logger, exception);
}
