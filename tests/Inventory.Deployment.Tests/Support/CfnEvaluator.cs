using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Inventory.Deployment.Tests.Support;

/// <summary>
/// Evaluates a template's intrinsic functions for given parameter values, as CloudFormation
/// would: Ref, Fn::Sub (both forms), Fn::GetAtt, Fn::If with its conditions, Fn::Join, and
/// AWS::NoValue dropping a property or list item. References to resources come from
/// <paramref name="resources"/> ("Name" for Ref, "Name.Attribute" for Fn::GetAtt).
/// </summary>
internal sealed partial class CfnEvaluator(CfnTemplate template, IReadOnlyDictionary<string, string> parameters, IReadOnlyDictionary<string, string> resources)
{
    private static readonly JsonObject NoValue = new() { ["NoValue"] = true };

    public static readonly IReadOnlyDictionary<string, string> Pseudo = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AWS::Partition"] = "aws",
        ["AWS::AccountId"] = "222222222222",
        ["AWS::Region"] = "eu-west-1",
        ["AWS::StackName"] = "aws-inventory",
        ["AWS::URLSuffix"] = "amazonaws.com",
    };

    public JsonNode? Evaluate(JsonNode? node)
    {
        var result = Eval(node);
        return ReferenceEquals(result, NoValue) ? null : result;
    }

    public bool Condition(string name) => Truth(template.Conditions.At(name) ?? throw new KeyNotFoundException($"{template.File}: no condition {name}"));

    private JsonNode? Eval(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj when obj.Count == 1 && (obj.ContainsKey("Ref") || obj.First().Key.StartsWith("Fn::", StringComparison.Ordinal)):
                return Intrinsic(obj.First().Key, obj.First().Value);
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    var evaluated = Eval(value);
                    if (!ReferenceEquals(evaluated, NoValue))
                    {
                        copy[key] = evaluated;
                    }
                }

                return copy;
            case JsonArray array:
                return new JsonArray([.. array.Select(Eval).Where(item => !ReferenceEquals(item, NoValue))]);
            default:
                return node?.DeepClone();
        }
    }

    private JsonNode? Intrinsic(string function, JsonNode? argument)
    {
        switch (function)
        {
            case "Ref":
                var name = argument.Str()!;
                return name == "AWS::NoValue" ? NoValue : JsonValue.Create(Value(name));
            case "Fn::GetAtt":
                var parts = argument!.AsArray().Select(p => p.Str()).ToArray();
                return JsonValue.Create(Resource($"{parts[0]}.{parts[1]}"));
            case "Fn::Sub":
                return JsonValue.Create(Sub(argument));
            case "Fn::If":
                var branches = argument!.AsArray();
                return Eval(Condition(branches[0].Str()!) ? branches[1] : branches[2]);
            case "Fn::Join":
                var join = argument!.AsArray();
                return JsonValue.Create(string.Join(join[0].Str(), Eval(join[1])!.AsArray().Select(item => item.Str())));
            case "Fn::Split" or "Fn::Select" or "Fn::Base64" or "Fn::ImportValue" or "Fn::FindInMap" or "Fn::GetAZs" or "Fn::Cidr":
                throw new NotSupportedException($"{template.File}: {function} is not evaluated by these tests");
            default:
                throw new InvalidDataException($"{template.File}: unknown function {function}");
        }
    }

    private string Sub(JsonNode? argument)
    {
        var (text, variables) = argument switch
        {
            JsonArray pair => (pair[0].Str()!, (JsonObject)pair[1]!),
            _ => (argument.Str()!, new JsonObject()),
        };
        return Variable().Replace(text, m =>
        {
            var name = m.Groups[1].Value;
            if (name.StartsWith('!'))
            {
                return "${" + name[1..] + "}";
            }

            if (variables.TryGetPropertyValue(name, out var local))
            {
                return Eval(local).Str() ?? throw new InvalidDataException($"{template.File}: ${{{name}}} is not a string");
            }

            return name.Contains('.', StringComparison.Ordinal) && !name.StartsWith("AWS::", StringComparison.Ordinal) ? Resource(name) : Value(name);
        });
    }

    private string Value(string name)
    {
        if (Pseudo.TryGetValue(name, out var pseudo))
        {
            return pseudo;
        }

        if (template.Parameters.At(name) is JsonObject parameter)
        {
            return parameters.TryGetValue(name, out var given) ? given
                : parameter.At("Default") is { } fallback ? fallback.ToString()
                : throw new KeyNotFoundException($"{template.File}: parameter {name} has no value and no default");
        }

        return Resource(name);
    }

    private string Resource(string reference) =>
        resources.TryGetValue(reference, out var value) ? value : throw new KeyNotFoundException($"{template.File}: no value for resource reference {reference}");

    private bool Truth(JsonNode node)
    {
        var (function, argument) = node is JsonObject { Count: 1 } obj ? obj.First() : throw new InvalidDataException($"{template.File}: condition {node.ToJsonString()}");
        var items = argument as JsonArray;
        return function switch
        {
            "Fn::Equals" => Eval(items![0])!.ToString() == Eval(items[1])!.ToString(),
            "Fn::Not" => !Truth(items![0]!),
            "Fn::And" => items!.All(item => Truth(item!)),
            "Fn::Or" => items!.Any(item => Truth(item!)),
            "Condition" => Condition(argument.Str()!),
            _ => throw new InvalidDataException($"{template.File}: {function} in a condition"),
        };
    }

    [GeneratedRegex(@"\$\{([^}]+)\}")]
    private static partial Regex Variable();
}
