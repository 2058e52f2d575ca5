namespace Inventory.Testing.Kubernetes;

/// <summary>Fault injection and what tests observe.</summary>
public sealed partial class FakeKubernetes
{
    /// <summary>Every request so far (method, path, query, status, arrival time), in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.Snapshot();

    /// <summary>The most Jobs that existed at once without a Complete or Failed condition (suspended ones aside).</summary>
    public int PeakActiveJobs => _store.PeakActiveJobs;

    /// <summary>
    /// The next <paramref name="times"/> authenticated requests whose path contains
    /// <paramref name="pathContains"/> (any, when null) get a Status with <paramref name="status"/>
    /// (429 TooManyRequests, 500 InternalError, 503, 504, …) and, when given, a Retry-After header
    /// in whole seconds (also in the Status's details.retryAfterSeconds).
    /// </summary>
    public void FailNext(int status, int times, string? pathContains = null, TimeSpan? retryAfter = null) =>
        _faults.Arm(status, times, pathContains, retryAfter);

    /// <summary>
    /// From now on every <paramref name="verb"/> (get, list, watch, create, delete, …) on
    /// <paramref name="resource"/> (<c>jobs</c>, <c>pods</c>) is refused with 403 Forbidden, as for a
    /// service account whose Role lacks it; the message names the verb, resource and namespace.
    /// </summary>
    public void Deny(string verb, string resource) => _rbac.Deny(verb, resource);

    /// <summary>Once: after <paramref name="events"/> more events (bookmarks aside) reach clients' watches, the server ends every open watch.</summary>
    public void DropWatchesAfter(int events) => _store.DropWatchesAfter(events);

    /// <summary>Forgets the change history (like etcd compaction): a watch from an older resourceVersion gets an ERROR event with 410 Expired, an older continue token a 410.</summary>
    public void ExpireWatchResourceVersions() => _store.ExpireHistory();
}
