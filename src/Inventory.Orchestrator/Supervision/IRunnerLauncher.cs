using Inventory.Orchestrator.Selection;

namespace Inventory.Orchestrator.Supervision;

/// <summary>
/// How a run's runners run: one Kubernetes Job per account (<see cref="JobLauncher"/>) or, with
/// LOCAL, the runner's collection in this process (<see cref="Local.InProcessLauncher"/>). The
/// composition root picks one; the run plans, selects, then prints or launches through it.
/// </summary>
internal interface IRunnerLauncher
{
    /// <summary>Fixes the run's id (for Jobs also where they go and who owns them) once, so every runner writes to one folder; later calls return the same.</summary>
    Task<string> PlanAsync(CancellationToken cancellationToken);

    /// <summary>DRY_RUN: what <see cref="RunAsync"/> would do, on <paramref name="output"/>; nothing is started or written.</summary>
    Task PrintPlanAsync(TextWriter output, SelectionResult selection, CancellationToken cancellationToken);

    /// <summary>One runner per selected account, at most MAX_CONCURRENT_RUNNERS at once: one outcome per account that ended.</summary>
    Task<IReadOnlyList<AccountOutcome>> RunAsync(SelectionResult selection, CancellationToken cancellationToken);

    /// <summary>What this launcher shows of the run's end, after the summary's own log line and table.</summary>
    void Summarize(RunSummary summary)
    {
    }
}
