namespace Inventory.Testing.Kubernetes;

/// <summary>How a <see cref="FakeKubernetes"/> behaves.</summary>
public sealed class FakeKubernetesOptions
{
    /// <summary>When set, each created Job's pod runs as a local process (see <see cref="KubeletOptions"/>).</summary>
    public KubeletOptions? Kubelet { get; init; }

    /// <summary>How many recent changes (all kinds) a watch or continue token can resume from; older ones get 410 Expired.</summary>
    public int EventHistory { get; init; } = 1000;

    /// <summary>How often a watch with <c>allowWatchBookmarks=true</c> gets a BOOKMARK when idle (the real server: about a minute).</summary>
    public TimeSpan BookmarkInterval { get; init; } = TimeSpan.FromSeconds(1);
}
