using Inventory.Aws.Endpoints;
using Inventory.Run;
using Inventory.Hosting;
using Microsoft.Extensions.Configuration;

namespace Inventory.Orchestrator;

/// <summary>Reads <see cref="OrchestratorOptions"/> from the environment's names and the command line, one concern at a time.</summary>
internal static class OrchestratorOptionsReader
{
    public static OrchestratorOptions Read(IConfiguration configuration, TimeProvider time, OrchestratorArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var settings = new SettingsReader(configuration);
        var options = new OrchestratorOptions
        {
            Runners = RunSettings.Read(settings, new RunnerOptions()),
            Accounts = new AccountSelectionOptions
            {
                IncludeAccounts = settings.List("INCLUDE_ACCOUNTS"),
                ExcludeAccounts = settings.List("EXCLUDE_ACCOUNTS"),
                IncludeOus = settings.List("INCLUDE_OUS"),
            },
            Run = new RunOptions
            {
                MaxConcurrentRunners = settings.Number("MAX_CONCURRENT_RUNNERS", 10),
                RunId = settings.Text("RUN_ID"),
                RunDate = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
                DryRun = settings.Flag("DRY_RUN", false) || arguments.DryRun,
            },
            Jobs = ReadJobs(settings),
            Local = new LocalOptions
            {
                Enabled = settings.Flag("LOCAL", false) || arguments.Local,
                OutputDir = settings.Text("OUTPUT_DIR"),
            },
            Cluster = new ClusterOptions
            {
                PodName = settings.Text("POD_NAME"),
                PodNamespace = settings.Text("POD_NAMESPACE"),
                Kubeconfig = arguments.Kubeconfig ?? settings.Text("KUBECONFIG"),
                Context = arguments.Context,
            },
            // --endpoint-url wins over AWS_ENDPOINT_URL and goes to the runners with it; a bad one is refused under its own name.
            EndpointOverrides = arguments.EndpointUrl is { } url && EndpointUrl.Parse(url) is not null
                ? new Dictionary<string, string>(settings.Prefixed("AWS_ENDPOINT_URL"), StringComparer.Ordinal) { ["AWS_ENDPOINT_URL"] = url }
                : settings.Prefixed("AWS_ENDPOINT_URL"),
            EndpointUrlArgument = arguments.EndpointUrl,
            RenamedRunnerMaxConcurrency = settings.Text("RUNNER_MAX_CONCURRENCY") is not null,
        };
        _ = LoggingSettings.Read(settings); // the logger reads them; here only their errors count
        return options with { ParseErrors = settings.Errors };
    }

    private static RunnerJobOptions ReadJobs(SettingsReader settings) => new()
    {
        Image = settings.Text("RUNNER_IMAGE"),
        Command = settings.Text("RUNNER_COMMAND") ?? "/app/inventory-runner",
        ServiceAccount = settings.Text("RUNNER_SERVICE_ACCOUNT") ?? "aws-inventory-runner-sa",
        Namespace = settings.Text("NAMESPACE"),
        TtlSeconds = settings.Number("JOB_TTL_SECONDS", 7 * 24 * 3600),
        BackoffLimit = settings.Number("JOB_BACKOFF_LIMIT", 2),
        ActiveDeadlineSeconds = settings.Number("JOB_ACTIVE_DEADLINE_SECONDS", 6 * 3600),
        CpuRequest = settings.Text("RUNNER_CPU_REQUEST") ?? "250m",
        MemoryRequest = settings.Text("RUNNER_MEMORY_REQUEST") ?? "512Mi",
        CpuLimit = settings.Text("RUNNER_CPU_LIMIT") ?? "1",
        MemoryLimit = settings.Text("RUNNER_MEMORY_LIMIT") ?? "1Gi",
    };
}
