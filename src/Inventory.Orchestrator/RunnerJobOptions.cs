namespace Inventory.Orchestrator;

/// <summary>The runner Jobs: what they run, as whom, where, for how long, with what resources.</summary>
public sealed record RunnerJobOptions
{
    /// <summary>RUNNER_IMAGE; null means the orchestrator pod's own image.</summary>
    public string? Image { get; init; }

    /// <summary>RUNNER_COMMAND: the runner's executable inside the image.</summary>
    public string Command { get; init; } = "/app/inventory-runner";
    public string ServiceAccount { get; init; } = "aws-inventory-runner-sa";

    /// <summary>NAMESPACE; null means the orchestrator's own (POD_NAMESPACE, or the kubeconfig's).</summary>
    public string? Namespace { get; init; }
    public int TtlSeconds { get; init; } = 7 * 24 * 3600;
    public int BackoffLimit { get; init; } = 2;
    public int ActiveDeadlineSeconds { get; init; } = 6 * 3600;
    public string CpuRequest { get; init; } = "250m";
    public string MemoryRequest { get; init; } = "512Mi";
    public string CpuLimit { get; init; } = "1";
    public string MemoryLimit { get; init; } = "1Gi";
}
