using System.Globalization;

namespace Inventory.Runner;

/// <summary>
/// <see cref="RunnerOptions"/> as the environment variables <see cref="RunnerOptionsReader"/>
/// reads back: what the orchestrator puts into each runner Job. Unset values are left out.
/// </summary>
internal static class RunnerOptionsWriter
{
    public static IEnumerable<(string Name, string Value)> ToEnvironment(RunnerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var variables = new (string Name, string? Value)[]
        {
            ("ACCOUNT_ID", options.AccountId),
            ("RUN_ID", options.RunId),
            ("RUN_DATE", options.RunDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("S3_BUCKET", options.S3Bucket),
            ("OUTPUT_DIR", options.OutputDir),
            ("INVENTORY_ROLE_NAME", options.InventoryRoleName),
            ("INVENTORY_ROLE_PATH", options.InventoryRolePath),
            ("EXTERNAL_ID", options.ExternalId),
            ("REGIONS", string.Join(',', options.Regions)),
            ("SERVICES", string.Join(',', options.Services)),
            ("EXCLUDE_SERVICES", string.Join(',', options.ExcludeServices)),
            ("OUTPUT_FORMAT", options.OutputFormat.ToString().ToLowerInvariant()),
            ("OUTPUT_JSON_LINES", options.OutputJsonLines ? "true" : "false"),
            ("MAX_CONCURRENCY", options.MaxConcurrency.ToString(CultureInfo.InvariantCulture)),
            ("MAX_FAILED_SHARE", options.MaxFailedShare.ToString(CultureInfo.InvariantCulture)),
            ("ATTEMPT_TIMEOUT_SECONDS", options.AttemptTimeoutSeconds.ToString(CultureInfo.InvariantCulture)),
            ("AWS_REGION", options.HomeRegion),
        };
        return variables.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => (v.Name, v.Value!));
    }
}
