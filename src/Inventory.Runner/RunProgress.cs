using Inventory.Aws.Client;
using Inventory.Collection.Engine;

namespace Inventory.Runner;

/// <summary>Where one account's run is, in the order it gets there.</summary>
internal enum RunPhase
{
    Queued,
    Starting,
    Collecting,
    Writing,
    Succeeded,
    Failed,
}

/// <summary>
/// One <see cref="InventoryRun"/> as it goes, for a live view on another thread: its phase, and
/// from collection on the engine's and the client's live counters.
/// </summary>
internal sealed class RunProgress
{
    private volatile State _state = new(RunPhase.Queued, [], null, null);

    public RunPhase Phase => _state.Phase;

    public long Resources => _state.Collection?.ResourceCount ?? 0;

    public long Calls => _state.Calls?.Calls ?? 0;

    public int Errors => _state.Collection?.Errors.Count ?? 0;

    /// <summary>Regions and services whose every (region, service) pair has finished, of those planned.</summary>
    public (int RegionsDone, int Regions, int ServicesDone, int Services) Coverage()
    {
        var state = _state;
        var finished = state.Collection?.FinishedWork.ToHashSet() ?? [];
        var regions = state.Work.GroupBy(w => w.Region).ToList();
        var services = state.Work.GroupBy(w => w.Service.Service).ToList();
        return (
            regions.Count(g => g.All(w => finished.Contains((w.Region, w.Service.Service)))), regions.Count,
            services.Count(g => g.All(w => finished.Contains((w.Region, w.Service.Service)))), services.Count);
    }

    internal void Enter(RunPhase phase) => _state = _state with { Phase = phase };

    internal void Collecting(IReadOnlyList<WorkItem> work, CollectionReport collection, AwsClientStatistics calls) =>
        _state = new(RunPhase.Collecting, work, collection, calls);

    // One immutable snapshot, swapped whole, so a reader never sees a phase without its counters.
    private sealed record State(RunPhase Phase, IReadOnlyList<WorkItem> Work, CollectionReport? Collection, AwsClientStatistics? Calls);
}
