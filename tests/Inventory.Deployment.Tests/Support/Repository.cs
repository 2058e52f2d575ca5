namespace Inventory.Deployment.Tests.Support;

/// <summary>Files of the repository the tests were built from (found by Orchestrator.sln).</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Orchestrator.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Orchestrator.sln above {AppContext.BaseDirectory}: the tests read the repository's files.");
    }
}
