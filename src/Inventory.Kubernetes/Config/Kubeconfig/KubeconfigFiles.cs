using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Inventory.Kubernetes;

/// <summary>Finds and reads kubeconfig files; relative paths inside a file are made relative to that file.</summary>
internal static class KubeconfigFiles
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().IgnoreUnmatchedProperties().Build();

    /// <summary>The KUBECONFIG list (':'-separated, ';' on Windows) with the files that exist; at least one must.</summary>
    public static IReadOnlyList<string> FromVariable(string list)
    {
        var named = list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var existing = named.Where(File.Exists).Distinct(StringComparer.Ordinal).ToList();
        if (existing.Count == 0)
        {
            throw new KubernetesConfigException(
                $"KUBECONFIG names {string.Join(", ", named.DefaultIfEmpty("no file"))}, and none of these files exists. "
                + "Hint: correct KUBECONFIG, or unset it to use ~/.kube/config.");
        }

        return existing;
    }

    public static string? DefaultPath(Func<string, string?> environment)
    {
        var home = environment("HOME") ?? environment("USERPROFILE");
        if (string.IsNullOrEmpty(home))
        {
            home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        }

        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".kube", "config");
    }

    public static MergedKubeconfig Load(IReadOnlyList<string> files) =>
        MergedKubeconfig.Merge([.. files.Select(file => (file, Read(file)))]);

    public static KubeconfigDocument Read(string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new KubernetesConfigException($"Cannot read the kubeconfig {file}: {ex.Message}", ex);
        }

        KubeconfigDocument document;
        try
        {
            document = Yaml.Deserialize<KubeconfigDocument?>(text) ?? new KubeconfigDocument();
        }
        catch (YamlException ex)
        {
            throw new KubernetesConfigException($"The kubeconfig {file} is not valid: line {ex.Start.Line}, column {ex.Start.Column}: {ex.Message}", ex);
        }

        ResolvePaths(document, Path.GetDirectoryName(Path.GetFullPath(file))!);
        return document;
    }

    private static void ResolvePaths(KubeconfigDocument document, string directory)
    {
        foreach (var cluster in (document.Clusters ?? []).Select(entry => entry.Cluster).OfType<ClusterEntry>())
        {
            cluster.CertificateAuthority = Resolve(cluster.CertificateAuthority, directory);
        }

        foreach (var user in (document.Users ?? []).Select(entry => entry.User).OfType<UserEntry>())
        {
            user.TokenFile = Resolve(user.TokenFile, directory);
            user.ClientCertificate = Resolve(user.ClientCertificate, directory);
            user.ClientKey = Resolve(user.ClientKey, directory);

            // As kubectl does: a bare name is looked up on PATH, a relative path is the kubeconfig's.
            if (user.Exec is { Command: { } command } exec && command.IndexOfAny(['/', '\\']) >= 0)
            {
                exec.Command = Resolve(command, directory);
            }
        }
    }

    private static string? Resolve(string? path, string directory) =>
        string.IsNullOrEmpty(path) || Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(directory, path));
}
