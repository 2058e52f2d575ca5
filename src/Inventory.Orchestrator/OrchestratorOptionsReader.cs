using Inventory.Aws.Endpoints;
using Inventory.Collection.Records;
using Inventory.Hosting;
using Microsoft.Extensions.Configuration;

namespace Inventory.Orchestrator;

/// <summary>Reads <see cref="OrchestratorOptions"/> from the environment's names and the command line.</summary>
internal static class OrchestratorOptionsReader
{
    public static OrchestratorOptions Read(IConfiguration configuration, TimeProvider time, OrchestratorArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
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
            AttemptTimeoutSeconds = settings.Number("ATTEMPT_TIMEOUT_SECONDS", 20),
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
            DryRun = settings.Flag("DRY_RUN", false) || arguments.DryRun,
            Local = settings.Flag("LOCAL", false) || arguments.Local,
            OutputDir = settings.Text("OUTPUT_DIR"),
            PodName = settings.Text("POD_NAME"),
            PodNamespace = settings.Text("POD_NAMESPACE"),
            HomeRegion = settings.Text("AWS_REGION") ?? settings.Text("AWS_DEFAULT_REGION") ?? "us-east-1",
            Kubeconfig = arguments.Kubeconfig ?? settings.Text("KUBECONFIG"),
            KubeContext = arguments.Context,
            // --endpoint-url wins over AWS_ENDPOINT_URL and goes to the runners with it; a bad one is refused under its own name.
            EndpointOverrides = arguments.EndpointUrl is { } url && EndpointUrl.Parse(url) is not null
                ? new Dictionary<string, string>(settings.Prefixed("AWS_ENDPOINT_URL"), StringComparer.Ordinal) { ["AWS_ENDPOINT_URL"] = url }
                : settings.Prefixed("AWS_ENDPOINT_URL"),
            EndpointUrlArgument = arguments.EndpointUrl,
        };
        _ = LoggingSettings.Read(settings); // the logger reads them; here only their errors count
        return options with { ParseErrors = settings.Errors };
    }
}
