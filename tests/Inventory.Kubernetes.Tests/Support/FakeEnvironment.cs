namespace Inventory.Kubernetes.Tests.Support;

/// <summary>Environment variables for one test, so no test depends on or changes the process's own.</summary>
internal sealed class FakeEnvironment(params (string Name, string Value)[] variables)
{
    private readonly Dictionary<string, string> _variables = variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    public string? Get(string name) => _variables.GetValueOrDefault(name);
}
