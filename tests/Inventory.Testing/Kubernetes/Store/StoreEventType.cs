namespace Inventory.Testing.Kubernetes;

internal enum StoreEventType
{
    Added,
    Modified,
    Deleted,
}
