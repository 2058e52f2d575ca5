namespace Inventory.Kubernetes;

/// <summary>Where a namespaced kind lives in the API: /api/v1/… for the core group, /apis/GROUP/VERSION/… otherwise.</summary>
internal sealed record ResourceType(string Group, string Version, string Plural)
{
    public static ResourceType Jobs { get; } = new(Job.KubeGroup, Job.KubeVersion, Job.KubePluralName);

    public static ResourceType Pods { get; } = new(Pod.KubeGroup, Pod.KubeVersion, Pod.KubePluralName);

    public string Collection(string @namespace) =>
        $"{(Group.Length == 0 ? $"/api/{Version}" : $"/apis/{Group}/{Version}")}/namespaces/{Escape(@namespace)}/{Plural}";

    public string Item(string @namespace, string name) => $"{Collection(@namespace)}/{Escape(name)}";

    private static string Escape(string segment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(segment);
        return Uri.EscapeDataString(segment);
    }
}
