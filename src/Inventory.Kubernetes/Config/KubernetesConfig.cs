namespace Inventory.Kubernetes;

/// <summary>
/// Where the API server is and how to trust and authenticate to it. <see cref="Load"/> finds it the way
/// kubectl and client-go do: the KUBECONFIG files (merged, first wins), then ~/.kube/config, then the
/// pod's service account; anything else is a <see cref="KubernetesConfigException"/> saying what is missing.
/// </summary>
/// <param name="Server">https://host:port of the API server (http:// is accepted, for local fakes).</param>
/// <param name="Namespace">The context's namespace, or the pod's own; "default" when none is given.</param>
/// <param name="CertificateAuthority">PEM of the CA(s) that sign the server's certificate; null for the system's trust store.</param>
/// <param name="Credentials">The bearer token's source; null for none (client certificate only, or anonymous).</param>
/// <param name="ClientCertificate">A client certificate to present, or null.</param>
/// <param name="InsecureSkipTlsVerify">Accept any server certificate. For throwaway clusters only.</param>
public sealed partial record KubernetesConfig(
    Uri Server,
    string Namespace,
    string? CertificateAuthority = null,
    ITokenProvider? Credentials = null,
    ClientCertificate? ClientCertificate = null,
    bool InsecureSkipTlsVerify = false)
{
    public const string DefaultNamespace = "default";

    public static KubernetesConfig Load(string? kubeconfigPath = null, string? context = null, Func<string, string?>? environment = null) =>
        Load(kubeconfigPath, context, environment ?? Environment.GetEnvironmentVariable, ServiceAccountRoot, TimeProvider.System);

    internal static KubernetesConfig Load(
        string? kubeconfigPath, string? context, Func<string, string?> environment, string serviceAccountRoot, TimeProvider time)
    {
        if (kubeconfigPath is not null)
        {
            return FromKubeconfigFiles([kubeconfigPath], context, time);
        }

        if (environment("KUBECONFIG") is { Length: > 0 } list)
        {
            return FromKubeconfigFiles(KubeconfigFiles.FromVariable(list), context, time);
        }

        var home = KubeconfigFiles.DefaultPath(environment);
        if (home is not null && File.Exists(home))
        {
            return FromKubeconfigFiles([home], context, time);
        }

        if (context is null && IsInCluster(serviceAccountRoot, environment))
        {
            return InCluster(serviceAccountRoot, environment, time);
        }

        throw new KubernetesConfigException(
            $"No Kubernetes configuration found: KUBECONFIG is not set, {home ?? "~/.kube/config"} does not exist"
            + (context is null ? $", and this is not a pod with a service account (KUBERNETES_SERVICE_HOST and {Path.Combine(serviceAccountRoot, "token")})." : $", so context '{context}' cannot be found.")
            + " Hint: set KUBECONFIG, or run in a pod whose service account token is mounted.");
    }
}
