using System.Diagnostics;
using Inventory.Aws.Organizations;
using Inventory.Orchestrator.Supervision;
using Inventory.Run;

namespace Inventory.Orchestrator.Local;

/// <summary>One selected account of a local run: its runner's live progress, its time, how it ended.</summary>
internal sealed class LocalAccountRun(OrganizationAccount account)
{
    private long _started;
    private long _stopped;

    public OrganizationAccount Account { get; } = account;

    /// <summary>The in-process runner's progress, once it has one.</summary>
    public RunProgress? Progress { get; set; }

    public AccountOutcome? Outcome { get; private set; }

    public TimeSpan Elapsed => _started == 0 ? TimeSpan.Zero
        : _stopped == 0 ? Stopwatch.GetElapsedTime(_started)
        : Stopwatch.GetElapsedTime(_started, _stopped);

    public void Start() => _started = Stopwatch.GetTimestamp();

    /// <summary>Records the outcome with the account's time.</summary>
    public AccountOutcome Finish(AccountOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        _stopped = Stopwatch.GetTimestamp();
        Outcome = outcome with { Duration = Elapsed };
        return Outcome;
    }
}
