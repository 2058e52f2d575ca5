using k8s;
using k8s.Exceptions;
using k8s.KubeConfigModels;

namespace Inventory.Kubernetes;

/// <summary>
/// Where the API server is and how to authenticate, found as kubectl does, by the package's
/// <see cref="KubernetesClientConfiguration"/>: the given file, else the KUBECONFIG files (merged),
/// else ~/.kube/config, else the pod's service account (its token re-read as the kubelet rotates it).
/// An exec plugin (EKS's <c>aws eks get-token</c>) is run by <see cref="ExecTokenProvider"/> instead of
/// the package, so one that hangs is killed with its process tree after <paramref name="execTimeout"/>.
/// </summary>
public static class KubernetesConfiguration
{
    public const string DefaultNamespace = "default";

    public static KubernetesClientConfiguration Load(string? kubeconfigPath = null, string? context = null, TimeSpan? execTimeout = null)
    {
        var files = Files(kubeconfigPath);
        if (files.Count == 0)
        {
            if (context is null && KubernetesClientConfiguration.IsInCluster())
            {
                return KubernetesClientConfiguration.InClusterConfig();
            }

            throw new KubeConfigException(
                $"No Kubernetes configuration found: KUBECONFIG is not set, {KubernetesClientConfiguration.KubeConfigDefaultLocation} does not exist"
                + (context is null ? ", and this is not a pod with a service account (KUBERNETES_SERVICE_HOST and its token)." : $", so context '{context}' cannot be found.")
                + " Hint: set KUBECONFIG, or run in a pod whose service account token is mounted.");
        }

        var model = Merge([.. files.Select(file => KubernetesClientConfiguration.LoadKubeConfig(new FileInfo(file)))]);
        var exec = TakeExec(model, context);
        var config = KubernetesClientConfiguration.BuildConfigFromConfigObject(model, context);
        if (exec is not null)
        {
            config.AccessToken = null;
            config.TokenProvider = new ExecTokenProvider(exec, TimeProvider.System, execTimeout ?? ExecTokenProvider.DefaultTimeout);
        }

        return config;
    }

    // The path given, else KUBECONFIG's files that exist (naming none is an error, not a fall-through), else ~/.kube/config.
    private static List<string> Files(string? kubeconfigPath)
    {
        if (kubeconfigPath is not null)
        {
            return File.Exists(kubeconfigPath) ? [kubeconfigPath] : throw new KubeConfigException($"kubeconfig {kubeconfigPath} does not exist");
        }

        if (Environment.GetEnvironmentVariable("KUBECONFIG") is { Length: > 0 } list)
        {
            var listed = list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var existing = listed.Where(File.Exists).ToList();
            return existing.Count > 0 ? existing : throw new KubeConfigException($"KUBECONFIG names no file that exists: {list}");
        }

        return File.Exists(KubernetesClientConfiguration.KubeConfigDefaultLocation) ? [KubernetesClientConfiguration.KubeConfigDefaultLocation] : [];
    }

    // kubectl's merge: for each cluster, user and context name the first file's entry wins; current-context comes from the first file that sets one.
    private static K8SConfiguration Merge(List<K8SConfiguration> models)
    {
        var merged = models[0];
        foreach (var other in models.Skip(1))
        {
            merged.CurrentContext = string.IsNullOrEmpty(merged.CurrentContext) ? other.CurrentContext : merged.CurrentContext;
            merged.Clusters = [.. (merged.Clusters ?? []).Concat(other.Clusters ?? []).DistinctBy(entry => entry.Name)];
            merged.Users = [.. (merged.Users ?? []).Concat(other.Users ?? []).DistinctBy(entry => entry.Name)];
            merged.Contexts = [.. (merged.Contexts ?? []).Concat(other.Contexts ?? []).DistinctBy(entry => entry.Name)];
        }

        return merged;
    }

    // The context's exec block, taken out of the model so the package does not run the plugin itself; a
    // stand-in token keeps the package's check that the user has credentials.
    private static ExternalExecution? TakeExec(K8SConfiguration model, string? context)
    {
        var contextName = context ?? model.CurrentContext;
        var userName = model.Contexts?.FirstOrDefault(c => c.Name == contextName)?.ContextDetails?.User;
        var user = model.Users?.FirstOrDefault(u => u.Name == userName)?.UserCredentials;
        if (user?.ExternalExecution is not { } exec)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(exec.Command))
        {
            throw new KubeConfigException($"user {userName}: exec has no command");
        }

        user.ExternalExecution = null;
        user.Token ??= "exec";
        return exec;
    }
}
