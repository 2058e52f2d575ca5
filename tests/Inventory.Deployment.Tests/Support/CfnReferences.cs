using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Inventory.Deployment.Tests.Support;

/// <summary>What a template refers to (Ref, Fn::GetAtt, Fn::Sub variables, conditions), to check each is declared.</summary>
internal static partial class CfnReferences
{
    public static IEnumerable<(string Kind, string Name)> In(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    foreach (var reference in Of(key, value))
                    {
                        yield return reference;
                    }

                    foreach (var nested in In(value))
                    {
                        yield return nested;
                    }
                }

                break;
            case JsonArray array:
                foreach (var nested in array.SelectMany(In))
                {
                    yield return nested;
                }

                break;
        }
    }

    private static IEnumerable<(string Kind, string Name)> Of(string key, JsonNode? value)
    {
        switch (key)
        {
            case "Ref":
                yield return ("value", value.Str()!);
                break;
            case "Fn::GetAtt":
                yield return ("resource", value!.AsArray()[0].Str()!);
                break;
            case "Fn::If":
            case "Condition" when value is JsonValue:
                yield return ("condition", key == "Fn::If" ? value!.AsArray()[0].Str()! : value.Str()!);
                break;
            case "Fn::Sub":
                var (text, locals) = value is JsonArray pair ? (pair[0].Str()!, ((JsonObject)pair[1]!).Select(p => p.Key).ToHashSet()) : (value.Str()!, []);
                foreach (Match m in Variable().Matches(text))
                {
                    var name = m.Groups[1].Value;
                    if (!name.StartsWith('!') && !locals.Contains(name))
                    {
                        yield return name.Contains('.', StringComparison.Ordinal) && !name.StartsWith("AWS::", StringComparison.Ordinal)
                            ? ("resource", name.Split('.')[0])
                            : ("value", name);
                    }
                }

                break;
        }
    }

    [GeneratedRegex(@"\$\{([^}]+)\}")]
    private static partial Regex Variable();
}
