using System.Text.Json.Nodes;

namespace Inventory.Deployment.Tests.Support;

/// <summary>A CloudFormation template of infrastructure/cloudformation, read with its short tags.</summary>
internal sealed class CfnTemplate
{
    private CfnTemplate(string file, JsonObject root)
    {
        File = file;
        Root = root;
    }

    public string File { get; }

    public JsonObject Root { get; }

    public JsonObject Parameters => Root.At("Parameters") as JsonObject ?? [];

    public JsonObject Conditions => Root.At("Conditions") as JsonObject ?? [];

    public JsonObject Resources => (JsonObject)Root.At("Resources")!;

    public static CfnTemplate Load(string file) =>
        new(file, Yaml.LoadObject(Repository.Read("infrastructure", "cloudformation", file)));

    public JsonObject Resource(string name) => Resources.At(name) as JsonObject ?? throw new KeyNotFoundException($"{File}: no resource {name}");

    public IEnumerable<(string Name, JsonObject Resource)> OfType(string type) =>
        Resources.Where(r => r.Value.Str("Type") == type).Select(r => (r.Key, (JsonObject)r.Value!));
}
