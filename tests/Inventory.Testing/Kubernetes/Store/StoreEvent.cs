namespace Inventory.Testing.Kubernetes;

/// <summary>
/// One change. <see cref="Object"/> carries the change's resourceVersion (for a deletion, the
/// object as it was, stamped with the deletion's version); <see cref="Previous"/> is the version
/// it replaced, so a list can be rewound and a watch can tell selector transitions.
/// </summary>
internal sealed record StoreEvent(StoreEventType Type, StoredObject Object, StoredObject? Previous)
{
    public long ResourceVersion => Object.ResourceVersion;
}
