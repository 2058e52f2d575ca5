namespace Inventory.Testing.Kubernetes;

/// <summary>A kubeconfig with one cluster, one token user and one current context.</summary>
internal static class KubeconfigWriter
{
    public static string Write(string directory, Uri endpoint, string token, string @namespace)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "kubeconfig");
        var server = endpoint.GetLeftPart(UriPartial.Authority);
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: fake-kubernetes
              cluster:
                server: {server}
            users:
            - name: fake-kubernetes-user
              user:
                token: {token}
            contexts:
            - name: fake-kubernetes
              context:
                cluster: fake-kubernetes
                user: fake-kubernetes-user
                namespace: {@namespace}
            current-context: fake-kubernetes
            preferences: {"{}"}

            """);
        return path;
    }
}
