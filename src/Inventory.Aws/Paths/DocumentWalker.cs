using System.Text.Json.Nodes;

namespace Inventory.Aws.Paths;

/// <summary>Walks a <see cref="DataPath"/>'s steps over a JSON document; a step that finds nothing ends that branch.</summary>
internal static class DocumentWalker
{
    public static IEnumerable<PathMatch> Walk(IReadOnlyList<PathStep> steps, JsonNode root)
    {
        IEnumerable<PathMatch> current = [new(root, root)];
        foreach (var step in steps)
        {
            current = current.SelectMany(at => Step(step, at));
        }

        return current;
    }

    private static IEnumerable<PathMatch> Step(PathStep step, PathMatch at) => step.Kind switch
    {
        PathStepKind.Member => at.Value is JsonObject obj && obj[step.Name] is { } value ? [new(value, obj)] : [],
        PathStepKind.Flatten => at.Value is JsonArray list ? list.OfType<JsonNode>().Select(element => new PathMatch(element, at.Parent)) : [],
        PathStepKind.Index => at.Value is JsonArray list && Element(list, step.Index) is { } element ? [new(element, at.Parent)] : [],
        _ => at.Value is JsonObject map ? map.Select(pair => pair.Value).OfType<JsonNode>().Select(value => new PathMatch(value, map)) : [],
    };

    // [-1] is the last element; out of range (an empty list) is nothing, not an error.
    private static JsonNode? Element(JsonArray list, int index)
    {
        var at = index < 0 ? list.Count + index : index;
        return at >= 0 && at < list.Count ? list[at] : null;
    }
}
