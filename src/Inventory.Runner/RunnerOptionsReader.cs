using Inventory.Collection.Records;
using Inventory.Hosting;
using Microsoft.Extensions.Configuration;

namespace Inventory.Runner;

/// <summary>Reads <see cref="RunnerOptions"/> from the environment's names (ACCOUNT_ID, S3_BUCKET…).</summary>
internal static class RunnerOptionsReader
{
    public static RunnerOptions Read(IConfiguration configuration, TimeProvider time)
    {
        var settings = new SettingsReader(configuration);
        var now = time.GetUtcNow();
        var options = new RunnerOptions
        {
            AccountId = settings.Text("ACCOUNT_ID") ?? "",
            S3Bucket = settings.Text("S3_BUCKET"),
            OutputDir = settings.Text("OUTPUT_DIR"),
            RunId = settings.Text("RUN_ID") ?? $"manual-{now:yyyyMMdd-HHmmss}",
            RunDate = settings.Date("RUN_DATE", DateOnly.FromDateTime(now.UtcDateTime)),
            InventoryRoleName = settings.Text("INVENTORY_ROLE_NAME") ?? "inventory",
            InventoryRolePath = settings.Text("INVENTORY_ROLE_PATH") ?? "/",
            ExternalId = settings.Text("EXTERNAL_ID"),
            Regions = settings.List("REGIONS"),
            Services = settings.List("SERVICES"),
            ExcludeServices = settings.List("EXCLUDE_SERVICES"),
            OutputFormat = settings.Choice("OUTPUT_FORMAT", OutputFormat.Custom),
            OutputJsonLines = settings.Flag("OUTPUT_JSON_LINES", true),
            MaxConcurrency = settings.Number("MAX_CONCURRENCY", 16),
            MaxFailedShare = settings.Fraction("MAX_FAILED_SHARE", 0.5),
            AttemptTimeoutSeconds = settings.Number("ATTEMPT_TIMEOUT_SECONDS", 20),
            HomeRegion = settings.Text("AWS_REGION") ?? settings.Text("AWS_DEFAULT_REGION") ?? "us-east-1",
            EndpointOverrides = settings.Prefixed("AWS_ENDPOINT_URL"),
            TerminationMessagePath = TerminationMessage.PathFrom(settings),
        };
        _ = LoggingSettings.Read(settings); // the logger reads them; here only their errors count
        return options with { ParseErrors = settings.Errors };
    }
}
