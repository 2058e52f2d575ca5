namespace Inventory.Testing.Kubernetes;

/// <summary>The deleted object as the response shows it, and whether it is already gone from storage.</summary>
internal sealed record DeleteResult(StoredObject Object, bool Removed);
