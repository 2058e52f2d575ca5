using Inventory.Collection.Records;
using Inventory.Hosting;
using Microsoft.Extensions.Configuration;

namespace Inventory.Orchestrator;

/// <summary>Reads <see cref="OrchestratorOptions"/> from the environment's names and the command line.</summary>
internal static class OrchestratorOptionsReader
{
    public static OrchestratorOptions Read(IConfiguration configuration, TimeProvider time, IReadOnlyList<string> arguments)
    {
        var settings = new SettingsReader(configuration);
        var options = new OrchestratorOptions
        {
            S3Bucket = settings.Text("S3_BUCKET") ?? "",
            IncludeAccounts = settings.List("INCLUDE_ACCOUNTS"),
            ExcludeAccounts = settings.List("EXCLUDE_ACCOUNTS"),
            IncludeOus = settings.List("INCLUDE_OUS"),
            Regions = settings.List("REGIONS"),
            Services = settings.List("SERVICES"),
            ExcludeServices = settings.List("EXCLUDE_SERVICES"),
            InventoryRoleName = settings.Text("INVENTORY_ROLE_NAME") ?? "inventory",
            InventoryRolePath = settings.Text("INVENTORY_ROLE_PATH") ?? "/",
            ExternalId = settings.Text("EXTERNAL_ID"),
            OutputFormat = settings.Choice("OUTPUT_FORMAT", OutputFormat.Custom),
            OutputJsonLines = settings.Flag("OUTPUT_JSON_LINES", true),
            RunnerMaxConcurrency = settings.Number("RUNNER_MAX_CONCURRENCY", 16),
            MaxFailedShare = settings.Fraction("MAX_FAILED_SHARE", 0.5),
            MaxConcurrentRunners = settings.Number("MAX_CONCURRENT_RUNNERS", 10),
            RunnerImage = settings.Text("RUNNER_IMAGE"),
            RunnerCommand = settings.Text("RUNNER_COMMAND") ?? "/app/inventory-runner",
            RunnerServiceAccount = settings.Text("RUNNER_SERVICE_ACCOUNT") ?? "aws-inventory-runner-sa",
            Namespace = settings.Text("NAMESPACE"),
            JobTtlSeconds = settings.Number("JOB_TTL_SECONDS", 7 * 24 * 3600),
            JobBackoffLimit = settings.Number("JOB_BACKOFF_LIMIT", 2),
            JobActiveDeadlineSeconds = settings.Number("JOB_ACTIVE_DEADLINE_SECONDS", 6 * 3600),
            RunnerCpuRequest = settings.Text("RUNNER_CPU_REQUEST") ?? "250m",
            RunnerMemoryRequest = settings.Text("RUNNER_MEMORY_REQUEST") ?? "512Mi",
            RunnerCpuLimit = settings.Text("RUNNER_CPU_LIMIT") ?? "1",
            RunnerMemoryLimit = settings.Text("RUNNER_MEMORY_LIMIT") ?? "1Gi",
            RunId = settings.Text("RUN_ID"),
            RunDate = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
            DryRun = settings.Flag("DRY_RUN", false) || arguments.Contains("--dry-run"),
            // Checked first: the host's command-line configuration reads "--local --endpoint-url" as local=--endpoint-url.
            Local = arguments.Contains("--local") || settings.Flag("LOCAL", false),
            OutputDir = settings.Text("OUTPUT_DIR"),
            PodName = settings.Text("POD_NAME"),
            PodNamespace = settings.Text("POD_NAMESPACE"),
            HomeRegion = settings.Text("AWS_REGION") ?? settings.Text("AWS_DEFAULT_REGION") ?? "us-east-1",
            Kubeconfig = Argument(arguments, "--kubeconfig") ?? settings.Text("KUBECONFIG"),
            KubeContext = Argument(arguments, "--context"),
            EndpointOverrides = configuration.AsEnumerable()
                .Where(pair => pair.Key.StartsWith("AWS_ENDPOINT_URL", StringComparison.Ordinal) && !string.IsNullOrEmpty(pair.Value))
                .ToDictionary(pair => pair.Key, pair => pair.Value!, StringComparer.Ordinal),
        };
        return options with { ParseErrors = settings.Errors };
    }

    /// <summary>--endpoint-url URL (local mode): AWS_ENDPOINT_URL for the whole process.</summary>
    public static string? EndpointUrl(IReadOnlyList<string> arguments) => Argument(arguments, "--endpoint-url");

    private static string? Argument(IReadOnlyList<string> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == name && i + 1 < arguments.Count)
            {
                return arguments[i + 1];
            }

            if (arguments[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                return arguments[i][(name.Length + 1)..];
            }
        }

        return null;
    }
}
