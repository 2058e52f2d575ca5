using Inventory.Aws.Organizations;

namespace Inventory.Orchestrator.Supervision;

/// <summary>How one account's runner ended, as a Job or in this process.</summary>
/// <param name="Detail">Why it failed (the Job's condition and the runner's message, or the in-process error); for an in-process success what it wrote; null when there is nothing to add.</param>
public sealed record AccountOutcome(OrganizationAccount Account, bool Succeeded, string? Detail, TimeSpan Duration)
{
    /// <summary>The runner Job's name (Jobs only).</summary>
    public string? JobName { get; init; }

    /// <summary>The Job existed already (a re-run of the same run) and was followed instead of created.</summary>
    public bool Adopted { get; init; }

    /// <summary>Resources written, when known (in-process: counted only when the data was written).</summary>
    public long? Written { get; init; }

    /// <summary>Calls that failed in a run that still succeeded, when known.</summary>
    public int FailedCalls { get; init; }

    /// <summary>Where the report lists those calls, when known.</summary>
    public string? ReportPath { get; init; }

    /// <summary>In words: failed, succeeded, or succeeded with N failed calls (never a bare "succeeded" over failures).</summary>
    public string Outcome => !Succeeded ? "failed"
        : FailedCalls > 0 ? $"succeeded with {FailedCalls} failed call{(FailedCalls == 1 ? "" : "s")}"
        : "succeeded";
}
