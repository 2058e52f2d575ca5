namespace Inventory.Testing.Kubernetes;

/// <summary>A kind the fake serves: its API group, version, kind and plural (the REST resource name).</summary>
internal sealed record ResourceKind(string Group, string Version, string Kind, string Plural)
{
    public static readonly ResourceKind Jobs = new("batch", "v1", "Job", "jobs");

    public static readonly ResourceKind Pods = new("", "v1", "Pod", "pods");

    public static readonly IReadOnlyList<ResourceKind> All = [Jobs, Pods];

    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>How the API server names the resource in messages: <c>jobs.batch</c>, <c>pods</c>.</summary>
    public string Resource => Group.Length == 0 ? Plural : $"{Plural}.{Group}";

    /// <summary>How the API server names the kind in validation messages: <c>Job.batch</c>, <c>Pod</c>.</summary>
    public string QualifiedKind => Group.Length == 0 ? Kind : $"{Kind}.{Group}";

    public string ListKind => Kind + "List";
}
