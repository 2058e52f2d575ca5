using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>One line of a watch stream: <c>{"type": …, "object": …}</c>.</summary>
internal sealed record WatchMessage(string Type, string ObjectJson, StoredObject? Object = null)
{
    public static WatchMessage For(string type, StoredObject stored) => new(type, stored.Json, stored);

    public static WatchMessage Bookmark(ResourceKind kind, long revision) => new(
        "BOOKMARK",
        KubeJson.Serialize(new JsonObject
        {
            ["kind"] = kind.Kind,
            ["apiVersion"] = kind.ApiVersion,
            ["metadata"] = new JsonObject { ["resourceVersion"] = Revision(revision) },
        }));

    public static WatchMessage Error(JsonObject status) => new("ERROR", KubeJson.Serialize(status));

    public static string Revision(long revision) => revision.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string ToLine() => $"{{\"type\":\"{Type}\",\"object\":{ObjectJson}}}\n";
}
