using System.Text.Json.Nodes;

namespace Inventory.Deployment.Tests.Support;

/// <summary>
/// k8s/ rendered the way a fresh clone renders it: the folder is copied to a temporary
/// directory (the work tree and any real k8s/vars.env are left alone) and vars.env is written
/// there from vars.env.example with the given values changed.
/// </summary>
public sealed class RenderedManifests
{
    private RenderedManifests(IReadOnlyDictionary<string, string> vars, IReadOnlyList<JsonObject> objects)
    {
        Vars = vars;
        Objects = objects;
    }

    public IReadOnlyDictionary<string, string> Vars { get; }

    public IReadOnlyList<JsonObject> Objects { get; }

    public static RenderedManifests Render(IReadOnlyDictionary<string, string> changes)
    {
        var vars = VarsFile.Parse(Repository.Read("k8s", "vars.env.example"))
            .Select(pair => changes.TryGetValue(pair.Key, out var value) ? new KeyValuePair<string, string>(pair.Key, value) : pair)
            .ToList();
        Assert.All(changes.Keys, key => Assert.Contains(vars, pair => pair.Key == key));

        var folder = Directory.CreateTempSubdirectory("inventory-k8s-");
        try
        {
            var source = Repository.PathOf("k8s");
            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(source, file);
                if (relative != "vars.env")
                {
                    var target = Path.Combine(folder.FullName, relative);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(file, target);
                }
            }

            File.WriteAllText(Path.Combine(folder.FullName, "vars.env"), VarsFile.Format(vars));
            var objects = Yaml.LoadAll(Kubectl.Kustomize(folder.FullName)).OfType<JsonObject>().ToList();
            return new RenderedManifests(vars.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal), objects);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public IEnumerable<JsonObject> OfKind(string kind) => Objects.Where(o => o.Str("kind") == kind);

    public JsonObject Single(string kind, string name) =>
        Assert.Single(Objects, o => o.Str("kind") == kind && o.Str("metadata", "name") == name);
}
