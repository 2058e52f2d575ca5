using System.Collections.Concurrent;

namespace Inventory.Collection.Engine;

/// <summary>What a collection did: resources per service, failed calls, failed work items. Thread-safe.</summary>
public sealed class CollectionReport
{
    private readonly ConcurrentDictionary<string, long> _resources = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<CollectionError> _errors = new();
    private readonly ConcurrentDictionary<(string Region, string Service), bool> _failedWork = new();
    private readonly ConcurrentDictionary<(string Region, string Service), bool> _finishedWork = new();
    private int _workItems;

    /// <summary>Resources per service name.</summary>
    public IReadOnlyDictionary<string, long> Resources => new SortedDictionary<string, long>(_resources, StringComparer.Ordinal);

    public IReadOnlyList<CollectionError> Errors => [.. _errors];

    public long ResourceCount => _resources.Values.Sum();

    public int WorkItems => _workItems;

    /// <summary>(region, service) pairs whose collection has ended, failed calls or not: live progress.</summary>
    public IReadOnlyCollection<(string Region, string Service)> FinishedWork => [.. _finishedWork.Keys];

    /// <summary>(region, service) pairs with at least one failed call.</summary>
    public int FailedWorkItems => _failedWork.Count;

    /// <summary>The share of (region, service) pairs with a failed call, 0 to 1.</summary>
    public double FailedShare => _workItems == 0 ? 0 : (double)FailedWorkItems / _workItems;

    internal void Started() => Interlocked.Increment(ref _workItems);

    internal void Finished(string region, string service) => _finishedWork.TryAdd((region, service), true);

    internal void Collected(string service) => _resources.AddOrUpdate(service, 1, static (_, n) => n + 1);

    internal void Failed(CollectionError error)
    {
        _errors.Enqueue(error);
        _failedWork.TryAdd((error.Region, error.Service), true);
    }
}
