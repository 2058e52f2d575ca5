using Inventory.Collection.Records;

namespace Inventory.Orchestrator;

/// <summary>The orchestrator's settings, from the environment (README.md lists each with its default).</summary>
public sealed record OrchestratorOptions
{
    public string S3Bucket { get; init; } = "";
    public IReadOnlyList<string> IncludeAccounts { get; init; } = [];
    public IReadOnlyList<string> ExcludeAccounts { get; init; } = [];
    public IReadOnlyList<string> IncludeOus { get; init; } = [];

    // Passed to every runner as they are.
    public IReadOnlyList<string> Regions { get; init; } = [];
    public IReadOnlyList<string> Services { get; init; } = [];
    public IReadOnlyList<string> ExcludeServices { get; init; } = [];
    public string InventoryRoleName { get; init; } = "inventory";
    public string InventoryRolePath { get; init; } = "/";
    public string? ExternalId { get; init; }
    public OutputFormat OutputFormat { get; init; } = OutputFormat.Custom;
    public bool OutputJsonLines { get; init; } = true;
    public int RunnerMaxConcurrency { get; init; } = 16;
    public double MaxFailedShare { get; init; } = 0.5;

    /// <summary>ATTEMPT_TIMEOUT_SECONDS: one AWS attempt's deadline, for this process and its runners.</summary>
    public int AttemptTimeoutSeconds { get; init; } = 20;

    public int MaxConcurrentRunners { get; init; } = 10;

    /// <summary>RUNNER_IMAGE; null means the orchestrator pod's own image.</summary>
    public string? RunnerImage { get; init; }

    /// <summary>The runner's executable inside the image.</summary>
    public string RunnerCommand { get; init; } = "/app/inventory-runner";
    public string RunnerServiceAccount { get; init; } = "aws-inventory-runner-sa";

    /// <summary>NAMESPACE; null means the orchestrator's own (POD_NAMESPACE, or the kubeconfig's).</summary>
    public string? Namespace { get; init; }
    public int JobTtlSeconds { get; init; } = 7 * 24 * 3600;
    public int JobBackoffLimit { get; init; } = 2;
    public int JobActiveDeadlineSeconds { get; init; } = 6 * 3600;
    public string RunnerCpuRequest { get; init; } = "250m";
    public string RunnerMemoryRequest { get; init; } = "512Mi";
    public string RunnerCpuLimit { get; init; } = "1";
    public string RunnerMemoryLimit { get; init; } = "1Gi";

    /// <summary>RUN_ID; null means the orchestrator's own Job name (or a timestamp outside a Job).</summary>
    public string? RunId { get; init; }
    public DateOnly RunDate { get; init; }
    public bool DryRun { get; init; }

    /// <summary>LOCAL / --local: no Kubernetes; the runners run in-process (README, local mode).</summary>
    public bool Local { get; init; }

    /// <summary>OUTPUT_DIR (local mode): the folder for AWSRecon/…; default <c>./inventory</c> unless S3_BUCKET is set.</summary>
    public string? OutputDir { get; init; }

    /// <summary>The orchestrator's own pod (downward API), to learn its image, namespace and owning Job.</summary>
    public string? PodName { get; init; }
    public string? PodNamespace { get; init; }
    public string HomeRegion { get; init; } = "us-east-1";
    public string? Kubeconfig { get; init; }
    public string? KubeContext { get; init; }

    /// <summary>AWS_ENDPOINT_URL* variables, handed to the runners so emulators work end to end.</summary>
    public IReadOnlyDictionary<string, string> EndpointOverrides { get; init; } = new Dictionary<string, string>();

    /// <summary>--endpoint-url as given, validated under its own name (it also becomes AWS_ENDPOINT_URL above).</summary>
    internal string? EndpointUrlArgument { get; init; }

    internal IReadOnlyList<string> ParseErrors { get; init; } = [];
}
