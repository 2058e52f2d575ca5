using System.Text.Json.Nodes;

namespace Inventory.Aws.Model;

/// <summary>
/// Builds shapes from a model's "shapes" object on first use, so cycles resolve. Models are
/// shared by every thread of the process, and both this table and the JSON it reads fill
/// themselves in lazily, so building happens under one lock.
/// </summary>
internal sealed class ShapeTable(JsonObject definitions)
{
    private readonly Dictionary<string, Shape> _built = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public Shape Get(string name)
    {
        lock (_gate)
        {
            if (_built.TryGetValue(name, out var shape))
            {
                return shape;
            }

            var definition = definitions[name]?.AsObject()
                ?? throw new InvalidDataException($"The model refers to shape '{name}', which it does not define.");
            shape = Build(name, definition);
            _built[name] = shape;
            return shape;
        }
    }

    private Shape Build(string name, JsonObject definition)
    {
        var type = ParseType((string)definition["type"]!);
        var members = new Dictionary<string, Member>(StringComparer.Ordinal);
        if (definition["members"] is JsonObject memberDefinitions)
        {
            foreach (var (memberName, memberDefinition) in memberDefinitions)
            {
                members[memberName] = ReadMember(memberName, memberDefinition!.AsObject());
            }
        }

        return new Shape
        {
            Name = name,
            Type = type,
            Members = members,
            ListMember = definition["member"] is JsonObject listMember ? ReadMember("member", listMember) : null,
            MapKey = definition["key"] is JsonObject key ? ReadMember("key", key) : null,
            MapValue = definition["value"] is JsonObject value ? ReadMember("value", value) : null,
            Flattened = (bool?)definition["flattened"] ?? false,
            TimestampFormat = (string?)definition["timestampFormat"],
            Payload = (string?)definition["payload"],
            LocationName = (string?)definition["locationName"],
            ErrorCode = (string?)definition["error"]?["code"],
            XmlNamespace = (string?)definition["xmlNamespace"]?["uri"],
            Sensitive = (bool?)definition["sensitive"] ?? false,
            RubyTimestamp = (bool?)definition["rubyTimestamp"] ?? false,
            Required = definition["required"] is JsonArray required ? [.. required.Select(item => (string)item!)] : [],
            IsException = (bool?)definition["exception"] ?? false,
            ErrorHttpStatus = (int?)definition["error"]?["httpStatusCode"],
            SenderFault = (bool?)definition["error"]?["senderFault"],
            Retryable = definition["retryable"] is JsonObject retryable ? new ErrorRetry((bool?)retryable["throttling"] ?? false) : null,
        };
    }

    private Member ReadMember(string name, JsonObject definition)
    {
        var target = (string)definition["shape"]!;
        return new Member(name, () => Get(target))
        {
            Location = (string?)definition["location"],
            LocationName = (string?)definition["locationName"],
            QueryName = (string?)definition["queryName"],
            Flattened = (bool?)definition["flattened"] ?? false,
            XmlAttribute = (bool?)definition["xmlAttribute"] ?? false,
            XmlNamespace = (string?)definition["xmlNamespace"]?["uri"],
            TimestampFormat = (string?)definition["timestampFormat"],
        };
    }

    private static ShapeType ParseType(string type) => type switch
    {
        "structure" => ShapeType.Structure,
        "list" => ShapeType.List,
        "map" => ShapeType.Map,
        "string" => ShapeType.String,
        "integer" => ShapeType.Integer,
        "long" => ShapeType.Long,
        "float" => ShapeType.Float,
        "double" => ShapeType.Double,
        "boolean" => ShapeType.Boolean,
        "timestamp" => ShapeType.Timestamp,
        "blob" => ShapeType.Blob,
        _ => throw new InvalidDataException($"Unknown shape type '{type}'."),
    };
}
