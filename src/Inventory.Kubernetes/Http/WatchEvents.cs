using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Inventory.Kubernetes;

/// <summary>Reads one line of a watch stream; an ERROR event's Status is thrown as a <see cref="KubernetesException"/>.</summary>
internal static class WatchEvents
{
    public static WatchEvent<T> Parse<T>(string line, JsonTypeInfo<T> item, string call)
        where T : IKubernetesObject
    {
        var raw = JsonSerializer.Deserialize(line, KubernetesJsonContext.Default.RawWatchEvent)
            ?? throw new InvalidDataException($"{call}: a watch line held no event.");
        var type = raw.Type switch
        {
            "ADDED" => WatchEventType.Added,
            "MODIFIED" => WatchEventType.Modified,
            "DELETED" => WatchEventType.Deleted,
            "BOOKMARK" => WatchEventType.Bookmark,
            "ERROR" => WatchEventType.Error,
            _ => throw new InvalidDataException($"{call}: unknown watch event type '{raw.Type}'."),
        };

        if (type == WatchEventType.Error)
        {
            var status = raw.Object.ValueKind == JsonValueKind.Object ? raw.Object.Deserialize(KubernetesJsonContext.Default.Status) : null;
            throw KubernetesException.FromStatus(status ?? new Status(), 500, call);
        }

        var resource = raw.Object.ValueKind == JsonValueKind.Object ? raw.Object.Deserialize(item) : default;
        return resource is null
            ? throw new InvalidDataException($"{call}: a {raw.Type} event carried no object.")
            : new WatchEvent<T>(type, resource);
    }
}
