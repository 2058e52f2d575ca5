using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>
/// Deletion and garbage collection: Background removes the object then its dependents, Foreground
/// removes dependents first and the owner once they are gone, Orphan strips the owner reference
/// from dependents. Pods bound to the kubelet are deleted gracefully: they get a deletionTimestamp
/// and the kubelet removes them once their process has ended.
/// </summary>
internal sealed partial class ObjectStore
{
    /// <summary>The node the kubelet binds its pods to.</summary>
    public const string KubeletNode = "fake-kubelet";

    private readonly List<StoredObject> _foregroundOwners = [];

    /// <exception cref="ApiException">404 NotFound, 409 Conflict on a failed precondition, 400 for an unknown policy.</exception>
    public DeleteResult Delete(ResourceKind kind, string @namespace, string name, DeleteRequest request)
    {
        var policy = request.PropagationPolicy ?? (kind == ResourceKind.Jobs ? DeleteRequest.Orphan : DeleteRequest.Background);
        if (policy is not (DeleteRequest.Orphan or DeleteRequest.Background or DeleteRequest.Foreground))
        {
            throw new ApiException(Statuses.BadRequest($"DeleteOptions.propagationPolicy: Unsupported value: \"{policy}\": supported values: \"Foreground\", \"Background\", \"Orphan\""));
        }

        lock (_gate)
        {
            var current = Get(kind, @namespace, name);
            if (request.PreconditionUid is { } uid && uid != current.Uid)
            {
                throw new ApiException(Statuses.Conflict(kind, name, $"Precondition failed: UID in precondition: {uid}, UID in object meta: {current.Uid}"));
            }

            if (request.PreconditionResourceVersion is { } rv && rv != WatchMessage.Revision(current.ResourceVersion))
            {
                throw new ApiException(Statuses.Conflict(kind, name, $"Precondition failed: ResourceVersion in precondition: {rv}, ResourceVersion in meta: {current.ResourceVersion}"));
            }

            return DeleteCore(current, policy, request.GracePeriodSeconds);
        }
    }

    /// <summary>Removes an object now (the kubelet, once a terminating pod's process has ended), collecting its dependents.</summary>
    public void Remove(ResourceKind kind, string @namespace, string name)
    {
        lock (_gate)
        {
            if (_objects[kind].GetValueOrDefault($"{@namespace}/{name}") is { } current)
            {
                RemoveCore(current);
                CollectDependents(current, DeleteRequest.Background);
            }
        }
    }

    private DeleteResult DeleteCore(StoredObject current, string policy, long? gracePeriodSeconds)
    {
        if (current.Kind == ResourceKind.Pods && IsOnKubelet(current.Body))
        {
            var grace = gracePeriodSeconds ?? KubeJson.Long(current.Body["spec"]?["terminationGracePeriodSeconds"]) ?? 30;
            if (grace > 0)
            {
                return new DeleteResult(MarkDeleted(current, grace, finalizer: null), false);
            }
        }
        else if (current.Body["metadata"]?["deletionTimestamp"] is not null)
        {
            return new DeleteResult(current, false);
        }

        switch (policy)
        {
            case DeleteRequest.Orphan:
                var orphaning = MarkDeleted(current, 0, "orphan");
                foreach (var dependent in Dependents(current.Uid, current.Namespace))
                {
                    DropOwner(dependent, current.Uid);
                }

                RemoveCore(orphaning);
                return new DeleteResult(orphaning, false);
            case DeleteRequest.Foreground:
                var waiting = MarkDeleted(current, 0, "foregroundDeletion");
                _foregroundOwners.Add(waiting);
                CollectDependents(current, DeleteRequest.Foreground);
                ReleaseForegroundOwners();
                return new DeleteResult(waiting, false);
            default:
                var removed = RemoveCore(current);
                CollectDependents(current, DeleteRequest.Background);
                return new DeleteResult(removed, true);
        }
    }

    private static bool IsOnKubelet(JsonObject pod) =>
        KubeJson.String(pod["spec"]?["nodeName"]) == KubeletNode
        && KubeJson.String(pod["status"]?["phase"]) is not ("Succeeded" or "Failed");

    private StoredObject MarkDeleted(StoredObject current, long grace, string? finalizer)
    {
        var body = (JsonObject)current.Body.DeepClone();
        var metadata = KubeJson.Child(body, "metadata");
        if (metadata["deletionTimestamp"] is not null && finalizer is null)
        {
            return current; // already terminating: the first grace period stands
        }

        metadata["deletionTimestamp"] = KubeJson.Timestamp(DateTimeOffset.UtcNow.AddSeconds(grace));
        metadata["deletionGracePeriodSeconds"] = grace;
        if (finalizer is not null)
        {
            KubeJson.ChildArray(metadata, "finalizers").Add(finalizer);
        }

        return Commit(StoreEventType.Modified, current.Kind, body, current);
    }

    private StoredObject RemoveCore(StoredObject current)
    {
        var removed = Commit(StoreEventType.Deleted, current.Kind, (JsonObject)current.Body.DeepClone(), current);
        ReleaseForegroundOwners();
        return removed;
    }

    private void CollectDependents(StoredObject owner, string policy)
    {
        foreach (var dependent in Dependents(owner.Uid, owner.Namespace))
        {
            var otherOwners = KubeJson.Objects(dependent.Body["metadata"]?["ownerReferences"])
                .Select(reference => KubeJson.String(reference["uid"]))
                .Where(uid => uid != owner.Uid && uid is not null && Exists(uid))
                .ToList();
            if (otherOwners.Count > 0)
            {
                DropOwner(dependent, owner.Uid);
            }
            else if (_objects[dependent.Kind].GetValueOrDefault(dependent.Key) is { } still)
            {
                DeleteCore(still, policy == DeleteRequest.Foreground ? DeleteRequest.Foreground : DeleteRequest.Background, null);
            }
        }
    }

    private void ReleaseForegroundOwners()
    {
        foreach (var owner in _foregroundOwners.ToList())
        {
            if (_foregroundOwners.Contains(owner) && Dependents(owner.Uid, owner.Namespace).Count == 0)
            {
                _foregroundOwners.Remove(owner);
                if (_objects[owner.Kind].GetValueOrDefault(owner.Key) is { } current)
                {
                    RemoveCore(current);
                }
            }
        }
    }

    private void DropOwner(StoredObject dependent, string ownerUid)
    {
        var body = (JsonObject)dependent.Body.DeepClone();
        var metadata = KubeJson.Child(body, "metadata");
        var references = KubeJson.ChildArray(metadata, "ownerReferences");
        foreach (var reference in references.OfType<JsonObject>().Where(r => KubeJson.String(r["uid"]) == ownerUid).ToList())
        {
            references.Remove(reference);
        }

        if (references.Count == 0)
        {
            metadata.Remove("ownerReferences");
        }

        Commit(StoreEventType.Modified, dependent.Kind, body, dependent);
    }

    private List<StoredObject> Dependents(string ownerUid, string @namespace) =>
        _objects.Values.SelectMany(objects => objects.Values)
            .Where(stored => stored.Namespace == @namespace)
            .Where(stored => KubeJson.Objects(stored.Body["metadata"]?["ownerReferences"]).Any(r => KubeJson.String(r["uid"]) == ownerUid))
            .ToList();

    private bool Exists(string uid) => _objects.Values.Any(objects => objects.Values.Any(stored => stored.Uid == uid));
}
