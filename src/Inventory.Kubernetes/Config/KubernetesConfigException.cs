namespace Inventory.Kubernetes;

/// <summary>
/// The configuration cannot be used: no kubeconfig and not in a pod, a context, cluster, user or server
/// missing, an unreadable file, or an exec plugin that failed, timed out or printed no token. The
/// message names the cause and, where one helps, a hint.
/// </summary>
public sealed class KubernetesConfigException : Exception
{
    public KubernetesConfigException()
    {
    }

    public KubernetesConfigException(string message)
        : base(message)
    {
    }

    public KubernetesConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
