namespace Inventory.Testing.Kubernetes;

/// <summary>
/// The bounded window of recent changes a watch can resume from (the watch cache / etcd before
/// compaction). Every change after <see cref="Floor"/> is held.
/// </summary>
internal sealed class EventHistory(int capacity)
{
    private readonly LinkedList<StoreEvent> _events = new();

    /// <summary>A watch or continue token at a version below this one is too old (410 Expired).</summary>
    public long Floor { get; private set; }

    public void Add(StoreEvent change)
    {
        _events.AddLast(change);
        while (_events.Count > Math.Max(1, capacity))
        {
            Floor = _events.First!.Value.ResourceVersion;
            _events.RemoveFirst();
        }
    }

    /// <summary>Forgets everything up to <paramref name="revision"/> (compaction).</summary>
    public void Compact(long revision)
    {
        _events.Clear();
        Floor = revision;
    }

    public IEnumerable<StoreEvent> After(long revision) => _events.Where(change => change.ResourceVersion > revision);

    public IEnumerable<StoreEvent> NewestFirstAfter(long revision)
    {
        for (var node = _events.Last; node is not null && node.Value.ResourceVersion > revision; node = node.Previous)
        {
            yield return node.Value;
        }
    }
}
