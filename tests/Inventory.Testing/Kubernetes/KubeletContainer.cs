namespace Inventory.Testing.Kubernetes;

/// <summary>A container about to start, as <see cref="KubeletOptions.Resolve"/> sees it.</summary>
/// <param name="Command">The container's <c>command</c> (empty: the image's entrypoint).</param>
/// <param name="Args">The container's <c>args</c>.</param>
/// <param name="Environment">The environment the process will get from the pod (container env, webhook variables).</param>
public sealed record KubeletContainer(
    string Namespace,
    string PodName,
    string Name,
    string Image,
    IReadOnlyList<string> Command,
    IReadOnlyList<string> Args,
    IReadOnlyDictionary<string, string> Environment);
