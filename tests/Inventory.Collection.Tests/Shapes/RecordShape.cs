using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Inventory.Collection.Tests.Shapes;

/// <summary>
/// What one key path of a record must hold, as <c>record-shapes.json</c> writes it: <c>string</c>,
/// <c>number</c>, <c>boolean</c>, <c>array</c>, <c>object</c> (a parsed policy too), <c>null</c>,
/// <c>time</c> (<c>2026-03-07 11:22:39 UTC</c>), <c>time+0000</c> (the JSON protocols' form), or
/// alternatives joined by <c>|</c>. A path is dotted; <c>name[]</c> is every element of a non-empty list.
/// </summary>
internal static partial class RecordShape
{
    /// <summary>The problems of <paramref name="data"/> at <paramref name="path"/>, none when it holds <paramref name="type"/>.</summary>
    public static IEnumerable<string> Check(JsonNode? data, string path, string type)
    {
        var steps = path.Split('.');
        return Walk(data, steps, 0, "", type);
    }

    /// <summary>A problem when <paramref name="data"/> has the top-level key at all.</summary>
    public static string? Absent(JsonObject data, string key) =>
        data.ContainsKey(key) ? $"'{key}' is there (AWS Recon has no such key)" : null;

    private static IEnumerable<string> Walk(JsonNode? node, string[] steps, int index, string at, string type)
    {
        if (index == steps.Length)
        {
            if (!type.Split('|').Any(t => Is(node, t)))
            {
                yield return $"'{at}' is {Describe(node)}, not {type}";
            }

            yield break;
        }

        var step = steps[index];
        var each = step.EndsWith("[]", StringComparison.Ordinal);
        var name = each ? step[..^2] : step;
        var here = at.Length == 0 ? name : at + "." + name;
        if (node is not JsonObject obj || !obj.ContainsKey(name))
        {
            yield return $"'{here}' is missing";
            yield break;
        }

        var child = obj[name];
        if (!each)
        {
            foreach (var problem in Walk(child, steps, index + 1, here, type))
            {
                yield return problem;
            }

            yield break;
        }

        if (child is not JsonArray { Count: > 0 } list)
        {
            yield return $"'{here}' is {Describe(child)}, not a non-empty list";
            yield break;
        }

        for (var i = 0; i < list.Count; i++)
        {
            foreach (var problem in Walk(list[i], steps, index + 1, $"{here}[{i}]", type))
            {
                yield return problem;
            }
        }
    }

    private static bool Is(JsonNode? node, string type) => type switch
    {
        "null" => node is null,
        "object" => node is JsonObject,
        "array" => node is JsonArray,
        "string" => node is JsonValue v && v.TryGetValue<string>(out _),
        "number" => node is JsonValue v && !v.TryGetValue<string>(out _) && !v.TryGetValue<bool>(out _),
        "boolean" => node is JsonValue v && v.TryGetValue<bool>(out _),
        "time" => node is JsonValue v && v.TryGetValue<string>(out var s) && UtcTime().IsMatch(s),
        "time+0000" => node is JsonValue v && v.TryGetValue<string>(out var s) && ZoneTime().IsMatch(s),
        _ => throw new InvalidDataException($"record-shapes.json: unknown type '{type}'"),
    };

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "a list",
        _ => node.ToJsonString(),
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$")]
    private static partial Regex UtcTime();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+0000$")]
    private static partial Regex ZoneTime();
}
