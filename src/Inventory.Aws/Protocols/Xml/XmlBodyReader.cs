using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using Inventory.Aws.Model;
using Inventory.Aws.Protocols.Wire;

namespace Inventory.Aws.Protocols.Xml;

/// <summary>
/// XML as the output shape's document (query, ec2 and rest-xml). Element names are the members'
/// wire names; lists come wrapped (<c>&lt;member&gt;</c>, EC2's <c>&lt;item&gt;</c>) or flattened
/// as repeated siblings, exactly as the shapes say, so one item is still a list.
/// Namespaces are ignored: names are matched on their local part.
/// </summary>
internal static class XmlBodyReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        Async = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The root element of the body, or null for an empty body.</summary>
    public static async Task<XElement?> LoadAsync(Stream body, CancellationToken cancellationToken)
    {
        await using var content = await ResponseBody.OpenAsync(body, cancellationToken);
        if (content is null)
        {
            return null;
        }

        using var reader = XmlReader.Create(content, Settings);
        var document = await XDocument.LoadAsync(reader, LoadOptions.None, cancellationToken);
        return document.Root;
    }

    /// <summary>The document of a structure whose members are <paramref name="element"/>'s children.</summary>
    public static JsonObject Structure(XElement element, Shape shape)
    {
        var document = new JsonObject();
        foreach (var (name, member) in shape.Members)
        {
            // Header, status and URI members are the REST binding's to read.
            if (member.Location is null && Member(element, member) is { } value)
            {
                document[name] = value;
            }
        }

        return document;
    }

    private static JsonNode? Member(XElement parent, Member member)
    {
        var shape = member.Shape;
        if (member.XmlAttribute)
        {
            var local = LocalName(member.WireName);
            return parent.Attributes().FirstOrDefault(attribute => attribute.Name.LocalName == local) is { } attribute
                ? ScalarText.FromText(attribute.Value, shape)
                : null;
        }

        if ((member.Flattened || shape.Flattened) && shape.Type is ShapeType.List or ShapeType.Map)
        {
            // Flattened: the items are the parent's children under the member's (or list member's) name.
            var name = shape.Type == ShapeType.List ? shape.ListMember!.LocationName ?? member.WireName : member.WireName;
            var items = Children(parent, name).ToList();
            return items.Count == 0 ? null : shape.Type == ShapeType.List ? List(items, shape) : Map(items, shape);
        }

        return Children(parent, member.WireName).FirstOrDefault() is { } child ? Value(child, shape) : null;
    }

    private static JsonNode? Value(XElement element, Shape shape) => shape.Type switch
    {
        ShapeType.Structure => Structure(element, shape),
        ShapeType.List => List(Children(element, shape.ListMember!.LocationName ?? "member"), shape),
        ShapeType.Map => Map(Children(element, "entry"), shape),
        _ => ScalarText.FromText(element.Value, shape),
    };

    private static JsonArray List(IEnumerable<XElement> items, Shape shape) =>
        new(items.Select(item => Value(item, shape.ListMember!.Shape)).ToArray());

    private static JsonObject Map(IEnumerable<XElement> entries, Shape shape)
    {
        var keyName = shape.MapKey!.LocationName ?? "key";
        var valueName = shape.MapValue!.LocationName ?? "value";
        var map = new JsonObject();
        foreach (var entry in entries)
        {
            if (Children(entry, keyName).FirstOrDefault() is { } key)
            {
                map[key.Value] = Children(entry, valueName).FirstOrDefault() is { } value ? Value(value, shape.MapValue.Shape) : null;
            }
        }

        return map;
    }

    private static IEnumerable<XElement> Children(XElement parent, string name) =>
        parent.Elements().Where(child => child.Name.LocalName == name);

    /// <summary>The local part of a prefixed wire name such as <c>xsi:type</c>.</summary>
    private static string LocalName(string wireName) => wireName[(wireName.IndexOf(':') + 1)..];
}
