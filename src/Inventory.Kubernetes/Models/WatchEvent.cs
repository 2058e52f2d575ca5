namespace Inventory.Kubernetes;

/// <summary>One event of a watch: what happened and the object as it is after it.</summary>
public sealed record WatchEvent<T>(WatchEventType Type, T Object)
    where T : IKubernetesObject;
