using Inventory.Run;

namespace Inventory.Orchestrator;

/// <summary>The one place the orchestrator's settings become a runner's, for a Job or an in-process run.</summary>
internal static class RunnerSettings
{
    public static RunnerOptions For(OrchestratorOptions options, string accountId, string runId, DateOnly runDate, string? outputDir = null) =>
        options.Runners with { AccountId = accountId, RunId = runId, RunDate = runDate, OutputDir = outputDir };
}
