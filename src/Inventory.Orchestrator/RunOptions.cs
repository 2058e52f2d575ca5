namespace Inventory.Orchestrator;

/// <summary>The run itself, in either mode: its id and date, whether it only prints its plan, how many runners at once.</summary>
public sealed record RunOptions
{
    /// <summary>RUN_ID; null means the orchestrator's own Job name (or a timestamp outside a Job).</summary>
    public string? RunId { get; init; }

    /// <summary>Today (UTC) when the orchestrator starts, so every runner of the run writes to one folder.</summary>
    public DateOnly RunDate { get; init; }

    /// <summary>DRY_RUN / --dry-run: print the plan; start and write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>MAX_CONCURRENT_RUNNERS: runner Jobs active, or accounts collected in-process, at once.</summary>
    public int MaxConcurrentRunners { get; init; } = 10;
}
