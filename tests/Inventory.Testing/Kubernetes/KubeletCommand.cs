namespace Inventory.Testing.Kubernetes;

/// <summary>The local program that plays a container: e.g. <c>new("dotnet", [runnerDll, ..container.Args])</c>.</summary>
public sealed record KubeletCommand(string FileName, IReadOnlyList<string> Arguments)
{
    public string? WorkingDirectory { get; init; }
}
