namespace Inventory.Kubernetes;

/// <summary>The type of a watch event, as the API names it (ADDED, MODIFIED, …).</summary>
public enum WatchEventType
{
    Added,
    Modified,
    Deleted,

    /// <summary>Carries only a resourceVersion: the watch has seen everything up to it.</summary>
    Bookmark,

    /// <summary>
    /// Never yielded: the watch stream throws a <see cref="KubernetesException"/> with the event's Status
    /// instead, usually 410 Expired (the resourceVersion is too old; list again and watch from the list).
    /// </summary>
    Error,
}
