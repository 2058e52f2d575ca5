namespace Inventory.Kubernetes;

/// <summary>The pod's own service account: the kubelet sets KUBERNETES_SERVICE_HOST/PORT and mounts token, ca.crt and namespace.</summary>
public sealed partial record KubernetesConfig
{
    public const string ServiceAccountRoot = "/var/run/secrets/kubernetes.io/serviceaccount";

    public static KubernetesConfig InCluster(string root = ServiceAccountRoot, Func<string, string?>? environment = null) =>
        InCluster(root, environment ?? Environment.GetEnvironmentVariable, TimeProvider.System);

    internal static KubernetesConfig InCluster(string root, Func<string, string?> environment, TimeProvider time)
    {
        var host = environment("KUBERNETES_SERVICE_HOST");
        var port = environment("KUBERNETES_SERVICE_PORT");
        if (string.IsNullOrWhiteSpace(host) || string.IsNullOrWhiteSpace(port))
        {
            throw new KubernetesConfigException(
                "Not running in a cluster: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must both be set. "
                + "Hint: the kubelet sets them in every pod; outside a pod, use a kubeconfig (KUBECONFIG or ~/.kube/config).");
        }

        var token = Path.Combine(root, "token");
        if (!File.Exists(token))
        {
            throw new KubernetesConfigException(
                $"The service account token {token} does not exist. "
                + "Hint: automountServiceAccountToken may be false for this pod or its service account.");
        }

        var ca = Path.Combine(root, "ca.crt");
        if (!File.Exists(ca))
        {
            throw new KubernetesConfigException($"The cluster CA certificate {ca} does not exist. Hint: it is mounted with the service account token.");
        }

        var namespaceFile = Path.Combine(root, "namespace");
        var @namespace = File.Exists(namespaceFile) ? File.ReadAllText(namespaceFile).Trim() : string.Empty;

        // An IPv6 service address needs brackets in a URI.
        var server = new Uri($"https://{(host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host)}:{port}");
        return new KubernetesConfig(
            server,
            @namespace.Length > 0 ? @namespace : DefaultNamespace,
            File.ReadAllText(ca),
            new TokenFileProvider(token, time));
    }

    internal static bool IsInCluster(string root, Func<string, string?> environment) =>
        !string.IsNullOrWhiteSpace(environment("KUBERNETES_SERVICE_HOST"))
        && !string.IsNullOrWhiteSpace(environment("KUBERNETES_SERVICE_PORT"))
        && File.Exists(Path.Combine(root, "token"));
}
