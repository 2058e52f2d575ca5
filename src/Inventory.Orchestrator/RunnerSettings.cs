using Inventory.Runner;

namespace Inventory.Orchestrator;

/// <summary>The one place the orchestrator's settings become a runner's, for a Job or an in-process run.</summary>
internal static class RunnerSettings
{
    public static RunnerOptions For(OrchestratorOptions options, string accountId, string runId, DateOnly runDate, string? outputDir = null) => new()
    {
        AccountId = accountId,
        S3Bucket = options.S3Bucket.Length == 0 ? null : options.S3Bucket,
        OutputDir = outputDir,
        RunId = runId,
        RunDate = runDate,
        InventoryRoleName = options.InventoryRoleName,
        InventoryRolePath = options.InventoryRolePath,
        ExternalId = options.ExternalId,
        Regions = options.Regions,
        Services = options.Services,
        ExcludeServices = options.ExcludeServices,
        OutputFormat = options.OutputFormat,
        OutputJsonLines = options.OutputJsonLines,
        MaxConcurrency = options.RunnerMaxConcurrency,
        MaxFailedShare = options.MaxFailedShare,
        AttemptTimeoutSeconds = options.AttemptTimeoutSeconds,
        HomeRegion = options.HomeRegion,
    };
}
