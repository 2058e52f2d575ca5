using System.Xml.Linq;
using Inventory.Deployment.Tests.Support;

namespace Inventory.Deployment.Tests.Projects;

/// <summary>The shipped projects' graph: executables are leaves, libraries are what they share.</summary>
public sealed class ProjectReferenceTests
{
    [Fact]
    public void No_project_references_an_executable()
    {
        var projects = Directory.GetFiles(Repository.PathOf("src"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Repository.PathOf("tests"), "*.csproj", SearchOption.AllDirectories))
            .ToList();
        var executables = projects.Where(IsExecutable).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(executables, p => p.EndsWith("Inventory.Runner.csproj", StringComparison.Ordinal));

        var shipped = projects.Where(p => p.StartsWith(Repository.PathOf("src"), StringComparison.Ordinal));
        var offending = shipped
            .SelectMany(p => References(p).Where(executables.Contains).Select(r => $"{Path.GetFileName(p)} → {Path.GetFileName(r)}"))
            .ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending));
    }

    private static bool IsExecutable(string project) =>
        XDocument.Load(project).Descendants("OutputType").Any(e => e.Value.Trim() == "Exe");

    private static IEnumerable<string> References(string project) =>
        XDocument.Load(project).Descendants("ProjectReference")
            .Select(e => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, e.Attribute("Include")!.Value.Replace('\\', '/'))));
}
