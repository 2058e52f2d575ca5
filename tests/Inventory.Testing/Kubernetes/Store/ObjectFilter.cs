namespace Inventory.Testing.Kubernetes;

/// <summary>What a list or a watch selects: one kind, one namespace (or all), label and field selectors.</summary>
internal sealed record ObjectFilter(ResourceKind Kind, string? Namespace, LabelSelector Labels, FieldSelector Fields)
{
    public static ObjectFilter All(ResourceKind kind, string? @namespace = null) =>
        new(kind, @namespace, LabelSelector.Everything, FieldSelector.Everything);

    public bool HasSelectors => !Labels.IsEmpty || !Fields.IsEmpty;

    public bool InScope(StoredObject stored) =>
        stored.Kind == Kind && (Namespace is null || stored.Namespace == Namespace);

    /// <summary>Call under the store's lock: it reads <see cref="StoredObject.Body"/>.</summary>
    public bool Matches(StoredObject stored) =>
        InScope(stored) && Labels.Matches(stored.Labels) && Fields.Matches(stored.Body);
}
