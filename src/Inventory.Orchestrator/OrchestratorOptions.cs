using Inventory.Run;

namespace Inventory.Orchestrator;

/// <summary>The orchestrator's settings, from the environment (README.md lists each with its default), one record per concern.</summary>
public sealed record OrchestratorOptions
{
    /// <summary>
    /// The settings every runner of the run shares (RunSettings: S3_BUCKET, REGIONS, SERVICES, …),
    /// read under the runners' own names; each runner's account, run id and date are added to it.
    /// </summary>
    public RunnerOptions Runners { get; init; } = new();

    public RunOptions Run { get; init; } = new();

    public AccountSelectionOptions Accounts { get; init; } = new();

    public RunnerJobOptions Jobs { get; init; } = new();

    public LocalOptions Local { get; init; } = new();

    public ClusterOptions Cluster { get; init; } = new();

    /// <summary>AWS_ENDPOINT_URL* variables, handed to the runners so emulators work end to end.</summary>
    public IReadOnlyDictionary<string, string> EndpointOverrides { get; init; } = new Dictionary<string, string>();

    /// <summary>--endpoint-url as given, validated under its own name (it also becomes AWS_ENDPOINT_URL above).</summary>
    internal string? EndpointUrlArgument { get; init; }

    /// <summary>RUNNER_MAX_CONCURRENCY is set: the runners' MAX_CONCURRENCY had that name here once.</summary>
    internal bool RenamedRunnerMaxConcurrency { get; init; }

    internal IReadOnlyList<string> ParseErrors { get; init; } = [];
}
