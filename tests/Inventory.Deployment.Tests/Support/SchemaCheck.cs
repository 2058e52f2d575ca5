using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inventory.Deployment.Tests.Support;

/// <summary>
/// What an API server of that version would refuse in a manifest, in its words: a required field
/// missing (<c>path: Required value</c>), a field the type does not have (<c>unknown field "path"</c>),
/// or a value of the wrong JSON type. Null counts as absent, as the API server decodes it.
/// </summary>
internal sealed class SchemaCheck(KubernetesTypes types)
{
    // Marked required in the 1.26 OpenAPI document only because the Go field lacked omitempty; the
    // 1.26 API server takes a rule with onExitCodes alone, and later documents (1.29) mark it optional.
    private static readonly HashSet<(string Type, string Field)> NotEnforced = [("PodFailurePolicyRule", "onPodConditions")];

    public IReadOnlyList<string> Errors(JsonObject manifest)
    {
        var apiVersion = manifest["apiVersion"]?.GetValue<string>() ?? throw new InvalidDataException("manifest without apiVersion");
        var kind = manifest["kind"]?.GetValue<string>() ?? throw new InvalidDataException("manifest without kind");
        var errors = new List<string>();
        Check(manifest, KubernetesTypes.FileOf(apiVersion), kind, string.Empty, errors);
        return errors;
    }

    private void Check(JsonNode? value, string file, string type, string path, List<string> errors)
    {
        if (value is null)
        {
            return;
        }

        if (type.StartsWith('{'))
        {
            if (Expect<JsonObject>(value, path, "object", errors) is { } map)
            {
                foreach (var (key, entry) in map)
                {
                    Check(entry, file, type[1..^1], $"{path}[{key}]", errors);
                }
            }
        }
        else if (type.StartsWith("Array<", StringComparison.Ordinal))
        {
            if (Expect<JsonArray>(value, path, "array", errors) is { } items)
            {
                for (var i = 0; i < items.Count; i++)
                {
                    Check(items[i], file, type["Array<".Length..^1], $"{path}[{i}]", errors);
                }
            }
        }
        else if (type.Contains('|', StringComparison.Ordinal))
        {
            var kinds = type.Split('|', StringSplitOptions.TrimEntries);
            if (!kinds.Any(k => Is(value, k)))
            {
                errors.Add($"{path}: must be {string.Join(" or ", kinds)}");
            }
        }
        else if (type.StartsWith('"'))
        {
            if (value.GetValueKind() != JsonValueKind.String || value.GetValue<string>() != type.Trim('"'))
            {
                errors.Add($"{path}: Unsupported value: {value.ToJsonString()}: supported values: {type}");
            }
        }
        else if (type is "string" or "number" or "boolean")
        {
            if (!Is(value, type))
            {
                errors.Add($"{path}: must be {type}");
            }
        }
        else
        {
            CheckNamed(value, file, type, path, errors);
        }
    }

    private void CheckNamed(JsonNode value, string file, string type, string path, List<string> errors)
    {
        var (declaredIn, shape, alias) = types.Resolve(file, type);
        if (alias is not null)
        {
            // A quantity is written as a string, but the API server takes a plain number too (cpu: 1).
            Check(value, declaredIn, type == "Quantity" ? "number | string" : alias, path, errors);
            return;
        }

        if (shape is null || Expect<JsonObject>(value, path, "object", errors) is not { } obj)
        {
            // A type the declarations leave open (RawExtension): anything goes.
            return;
        }

        var prefix = path.Length == 0 ? string.Empty : path + ".";
        foreach (var (name, field) in shape.Fields.Where(f => f.Value.Required && !NotEnforced.Contains((shape.Name, f.Key))))
        {
            if (obj[name] is null)
            {
                errors.Add($"{prefix}{name}: Required value");
            }
        }

        foreach (var (name, child) in obj)
        {
            if (!shape.Fields.TryGetValue(name, out var field))
            {
                errors.Add($"unknown field \"{prefix}{name}\"");
                continue;
            }

            Check(child, declaredIn, field.Type, prefix + name, errors);
        }
    }

    private static T? Expect<T>(JsonNode value, string path, string what, List<string> errors)
        where T : JsonNode
    {
        if (value is T typed)
        {
            return typed;
        }

        errors.Add($"{path}: must be {what}");
        return null;
    }

    private static bool Is(JsonNode value, string primitive) => (primitive, value.GetValueKind()) switch
    {
        ("string", JsonValueKind.String) => true,
        ("number", JsonValueKind.Number) => true,
        ("boolean", JsonValueKind.True or JsonValueKind.False) => true,
        _ => false,
    };
}
