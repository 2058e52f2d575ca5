using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>
/// One committed version of an object. <see cref="Body"/> is never changed after commit and is
/// read only under the store's lock; everything else may be read anywhere.
/// </summary>
internal sealed class StoredObject
{
    public StoredObject(ResourceKind kind, JsonObject body)
    {
        Kind = kind;
        Body = body;
        var metadata = (JsonObject)body["metadata"]!;
        Namespace = KubeJson.String(metadata["namespace"]) ?? "";
        Name = KubeJson.String(metadata["name"])!;
        Uid = KubeJson.String(metadata["uid"])!;
        ResourceVersion = long.Parse(KubeJson.String(metadata["resourceVersion"])!, System.Globalization.CultureInfo.InvariantCulture);
        Labels = KubeJson.StringMap(metadata["labels"]);
        Json = KubeJson.Serialize(body);
        var item = (JsonObject)body.DeepClone();
        item.Remove("kind");
        item.Remove("apiVersion");
        ItemJson = KubeJson.Serialize(item);
    }

    public ResourceKind Kind { get; }

    public JsonObject Body { get; }

    public string Namespace { get; }

    public string Name { get; }

    public string Uid { get; }

    public long ResourceVersion { get; }

    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>The object as a GET or a watch event carries it.</summary>
    public string Json { get; }

    /// <summary>The object as a list item: typed lists carry no kind and apiVersion on their items.</summary>
    public string ItemJson { get; }

    /// <summary>The key relative to a cluster-wide list, in etcd's order.</summary>
    public string Key => $"{Namespace}/{Name}";

    /// <summary>A private copy the caller may read and change freely.</summary>
    public JsonObject Parse() => KubeJson.ParseObject(Json);
}
