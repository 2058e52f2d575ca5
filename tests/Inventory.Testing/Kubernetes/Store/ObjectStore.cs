using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>
/// The fake's etcd: every object of every kind, one global resourceVersion counter, the bounded
/// change history and the open watches. One lock guards it all, so a change is committed, recorded
/// and offered to every watch in one step and watches see changes in commit order.
/// </summary>
internal sealed partial class ObjectStore(int historyCapacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ResourceKind, SortedDictionary<string, StoredObject>> _objects =
        ResourceKind.All.ToDictionary(kind => kind, _ => new SortedDictionary<string, StoredObject>(StringComparer.Ordinal));

    private readonly EventHistory _history = new(historyCapacity);
    private readonly HashSet<string> _activeJobs = new(StringComparer.Ordinal);
    private long _revision;
    private int _peakActiveJobs;

    public long Revision
    {
        get
        {
            lock (_gate)
            {
                return _revision;
            }
        }
    }

    /// <summary>The most Jobs that existed at once without a Complete or Failed condition (suspended ones aside).</summary>
    public int PeakActiveJobs
    {
        get
        {
            lock (_gate)
            {
                return _peakActiveJobs;
            }
        }
    }

    /// <summary>Stores a new object whose metadata is complete but for its resourceVersion.</summary>
    /// <exception cref="ApiException">409 AlreadyExists.</exception>
    public StoredObject Create(ResourceKind kind, JsonObject body)
    {
        var metadata = (JsonObject)body["metadata"]!;
        var key = $"{KubeJson.String(metadata["namespace"])}/{KubeJson.String(metadata["name"])}";
        lock (_gate)
        {
            if (_objects[kind].ContainsKey(key))
            {
                throw new ApiException(Statuses.AlreadyExists(kind, KubeJson.String(metadata["name"])!));
            }

            return Commit(StoreEventType.Added, kind, body, null);
        }
    }

    public StoredObject? Find(ResourceKind kind, string @namespace, string name)
    {
        lock (_gate)
        {
            return _objects[kind].GetValueOrDefault($"{@namespace}/{name}");
        }
    }

    /// <exception cref="ApiException">404 NotFound.</exception>
    public StoredObject Get(ResourceKind kind, string @namespace, string name) =>
        Find(kind, @namespace, name) ?? throw new ApiException(Statuses.NotFound(kind, name));

    /// <summary>
    /// Replaces an object with what <paramref name="change"/> makes of a private copy of it
    /// (null: no change). <paramref name="change"/> runs under the lock and must not call the store.
    /// </summary>
    /// <exception cref="ApiException">404 NotFound, or whatever <paramref name="change"/> throws.</exception>
    public StoredObject Update(ResourceKind kind, string @namespace, string name, Func<JsonObject, JsonObject?> change)
    {
        lock (_gate)
        {
            var current = Get(kind, @namespace, name);
            var next = change((JsonObject)current.Body.DeepClone());
            return next is null ? current : Commit(StoreEventType.Modified, kind, next, current);
        }
    }

    /// <summary>The objects <paramref name="filter"/> selects now, in key order, as private copies.</summary>
    public IReadOnlyList<StoredObject> Snapshot(ObjectFilter filter)
    {
        lock (_gate)
        {
            return _objects[filter.Kind].Values.Where(filter.Matches).ToList();
        }
    }

    private StoredObject Commit(StoreEventType type, ResourceKind kind, JsonObject body, StoredObject? previous)
    {
        _revision++;
        KubeJson.Child(body, "metadata")["resourceVersion"] = WatchMessage.Revision(_revision);
        var stored = new StoredObject(kind, body);
        if (type == StoreEventType.Deleted)
        {
            _objects[kind].Remove(stored.Key);
        }
        else
        {
            _objects[kind][stored.Key] = stored;
        }

        var change = new StoreEvent(type, stored, previous);
        _history.Add(change);
        TrackActiveJob(change);
        Publish(change);
        return stored;
    }

    private void TrackActiveJob(StoreEvent change)
    {
        if (change.Object.Kind != ResourceKind.Jobs)
        {
            return;
        }

        if (change.Type == StoreEventType.Deleted || JobState.IsFinished(change.Object.Body) || JobState.IsSuspended(change.Object.Body))
        {
            _activeJobs.Remove(change.Object.Key);
            return;
        }

        _activeJobs.Add(change.Object.Key);
        _peakActiveJobs = Math.Max(_peakActiveJobs, _activeJobs.Count);
    }
}
