namespace Inventory.Orchestrator;

/// <summary>How the orchestrator reaches Kubernetes, and its own pod there.</summary>
public sealed record ClusterOptions
{
    /// <summary>The orchestrator's own pod (downward API), to learn its image, namespace and owning Job.</summary>
    public string? PodName { get; init; }
    public string? PodNamespace { get; init; }

    /// <summary>--kubeconfig, else KUBECONFIG; null means ~/.kube/config, then in-cluster.</summary>
    public string? Kubeconfig { get; init; }

    /// <summary>--context: the kubeconfig context to use.</summary>
    public string? Context { get; init; }
}
