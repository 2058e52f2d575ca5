namespace Inventory.Kubernetes.Tests.Support;

/// <summary>The kubeconfig cases under Kubeconfigs/, one file per case, copied beside the tests.</summary>
internal static class TestFiles
{
    public static string Kubeconfig(string name) => Path.Combine(AppContext.BaseDirectory, "Kubeconfigs", name);

    /// <summary>A copy of a kubeconfig case with its __PLACEHOLDERS__ filled, in <paramref name="directory"/>.</summary>
    public static string KubeconfigFrom(string name, string directory, params (string Placeholder, string Value)[] values)
    {
        var text = File.ReadAllText(Kubeconfig(name));
        foreach (var (placeholder, value) in values)
        {
            text = text.Replace(placeholder, value, StringComparison.Ordinal);
        }

        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
