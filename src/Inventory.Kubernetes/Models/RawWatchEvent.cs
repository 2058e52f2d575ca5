using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inventory.Kubernetes;

/// <summary>One line of a watch stream before its object is typed: an ERROR's object is a Status.</summary>
internal sealed record RawWatchEvent
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("object")]
    public JsonElement Object { get; init; }
}
