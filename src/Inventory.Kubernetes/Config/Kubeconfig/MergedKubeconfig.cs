namespace Inventory.Kubernetes;

/// <summary>One or more kubeconfig files merged: for each name the first file's entry wins, as in kubectl.</summary>
internal sealed record MergedKubeconfig(
    IReadOnlyList<string> Files,
    string? CurrentContext,
    IReadOnlyDictionary<string, ContextEntry> Contexts,
    IReadOnlyDictionary<string, ClusterEntry> Clusters,
    IReadOnlyDictionary<string, UserEntry> Users)
{
    public string Describe() => Files.Count == 1 ? $"kubeconfig {Files[0]}" : $"kubeconfig files {string.Join(", ", Files)}";

    public static MergedKubeconfig Merge(IReadOnlyList<(string File, KubeconfigDocument Document)> documents)
    {
        var contexts = new Dictionary<string, ContextEntry>(StringComparer.Ordinal);
        var clusters = new Dictionary<string, ClusterEntry>(StringComparer.Ordinal);
        var users = new Dictionary<string, UserEntry>(StringComparer.Ordinal);
        string? current = null;
        foreach (var (_, document) in documents)
        {
            current ??= string.IsNullOrEmpty(document.CurrentContext) ? null : document.CurrentContext;
            foreach (var entry in document.Contexts ?? [])
            {
                AddFirst(contexts, entry.Name, entry.Context);
            }

            foreach (var entry in document.Clusters ?? [])
            {
                AddFirst(clusters, entry.Name, entry.Cluster);
            }

            foreach (var entry in document.Users ?? [])
            {
                AddFirst(users, entry.Name, entry.User);
            }
        }

        return new MergedKubeconfig([.. documents.Select(document => document.File)], current, contexts, clusters, users);
    }

    private static void AddFirst<T>(Dictionary<string, T> entries, string? name, T? entry)
        where T : class, new()
    {
        if (!string.IsNullOrEmpty(name))
        {
            entries.TryAdd(name, entry ?? new T());
        }
    }
}
