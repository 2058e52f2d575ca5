using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>RFC 7386 JSON merge patch (also used, as an approximation, for strategic merge patches).</summary>
internal static class MergePatch
{
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject changes)
        {
            return patch?.DeepClone();
        }

        var result = target as JsonObject ?? [];
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                result.Remove(key);
            }
            else
            {
                var existing = result[key];
                result.Remove(key);
                result[key] = Apply(existing, value);
            }
        }

        return result;
    }
}
