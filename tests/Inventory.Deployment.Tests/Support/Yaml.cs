using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Inventory.Deployment.Tests.Support;

/// <summary>
/// YAML documents as JSON trees, so manifests, CloudFormation templates and JSON documents are
/// read one way. Plain scalars follow the YAML core schema (true, 12, null); quoted ones stay
/// strings. CloudFormation's short tags become their long form: <c>!Sub x</c> is
/// <c>{"Fn::Sub": x}</c>, <c>!Ref x</c> is <c>{"Ref": x}</c>, <c>!GetAtt a.b</c> is
/// <c>{"Fn::GetAtt": ["a", "b"]}</c>.
/// </summary>
internal static partial class Yaml
{
    public static IReadOnlyList<JsonNode?> LoadAll(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return [.. stream.Documents.Select(document => Convert(document.RootNode))];
    }

    public static JsonObject LoadObject(string text) =>
        LoadAll(text) is [JsonObject single] ? single : throw new InvalidDataException("expected one YAML document holding a mapping");

    private static JsonNode? Convert(YamlNode node)
    {
        var tag = node.Tag.IsEmpty ? null : node.Tag.Value;
        JsonNode? value = node switch
        {
            YamlMappingNode mapping => Mapping(mapping),
            YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Convert)]),
            YamlScalarNode scalar => tag is null ? Scalar(scalar) : JsonValue.Create(scalar.Value ?? ""),
            _ => throw new InvalidDataException($"unsupported YAML node at {node.Start}"),
        };
        return tag is not null && tag.StartsWith('!') && !tag.StartsWith("!!", StringComparison.Ordinal) ? Intrinsic(tag[1..], value) : value;
    }

    private static JsonObject Mapping(YamlMappingNode mapping)
    {
        var result = new JsonObject();
        foreach (var (key, value) in mapping.Children)
        {
            var name = key is YamlScalarNode { Value: { } text } ? text : throw new InvalidDataException($"non-scalar key at {key.Start}");
            result.Add(name, Convert(value));
        }

        return result;
    }

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when Integer().IsMatch(text) => JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture)),
            _ when Float().IsMatch(text) => JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(text),
        };
    }

    private static JsonObject Intrinsic(string name, JsonNode? value) => name switch
    {
        "Ref" or "Condition" => new JsonObject { [name] = value },
        "GetAtt" when value is JsonValue dotted => new JsonObject
        {
            ["Fn::GetAtt"] = new JsonArray([.. dotted.GetValue<string>().Split('.', 2).Select(part => (JsonNode)JsonValue.Create(part))]),
        },
        _ => new JsonObject { ["Fn::" + name] = value },
    };

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?([0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
