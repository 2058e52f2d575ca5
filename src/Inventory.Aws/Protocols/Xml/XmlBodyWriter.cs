using System.Text;
using System.Text.Json.Nodes;
using System.Xml;
using Inventory.Aws.Model;
using Inventory.Aws.Protocols.Wire;

namespace Inventory.Aws.Protocols.Xml;

/// <summary>
/// A caller's document as an XML body (rest-xml): one root element, children named by wire name,
/// lists wrapped in <c>&lt;member&gt;</c> (or the list member's name) unless flattened, maps as
/// <c>&lt;entry&gt;&lt;key/&gt;&lt;value/&gt;&lt;/entry&gt;</c>, timestamps in ISO-8601.
/// </summary>
internal static class XmlBodyWriter
{
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly XmlWriterSettings Settings = new()
    {
        OmitXmlDeclaration = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
    };

    /// <param name="rootName">The root element's name.</param>
    /// <param name="xmlNamespace">The namespace the root declares, if any.</param>
    /// <param name="shape">The structure the root holds.</param>
    /// <param name="input">The structure's value.</param>
    public static byte[] Write(string rootName, string? xmlNamespace, Shape shape, JsonObject input)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, Settings))
        {
            Structure(writer, rootName, xmlNamespace ?? "", shape, input);
        }

        return buffer.ToArray();
    }

    private static void Structure(XmlWriter writer, string name, string ns, Shape shape, JsonObject input)
    {
        writer.WriteStartElement(name, ns);
        var members = InputMembers.Of(shape, input).ToList();

        // Attributes must precede child elements.
        foreach (var (member, value) in members.Where(pair => pair.Member.XmlAttribute))
        {
            var text = ScalarText.ToText(value, member.Shape, member, Timestamps.Iso8601);
            var parts = member.WireName.Split(':', 2);
            if (parts.Length == 2)
            {
                writer.WriteAttributeString(parts[0], parts[1], parts[0] == "xsi" ? XsiNamespace : ns, text);
            }
            else
            {
                writer.WriteAttributeString(member.WireName, text);
            }
        }

        foreach (var (member, value) in members.Where(pair => !pair.Member.XmlAttribute))
        {
            Value(writer, member.WireName, ns, member.Shape, member, value);
        }

        writer.WriteEndElement();
    }

    private static void Value(XmlWriter writer, string name, string ns, Shape shape, Member member, JsonNode value)
    {
        switch (shape.Type)
        {
            case ShapeType.Structure:
                Structure(writer, name, ns, shape, InputMembers.Object(value, shape));
                break;
            case ShapeType.List:
                List(writer, name, ns, shape, member.Flattened || shape.Flattened, InputMembers.Array(value, shape));
                break;
            case ShapeType.Map:
                Map(writer, name, ns, shape, member.Flattened || shape.Flattened, InputMembers.Object(value, shape));
                break;
            default:
                writer.WriteElementString(name, ns, ScalarText.ToText(value, shape, member, Timestamps.Iso8601));
                break;
        }
    }

    private static void List(XmlWriter writer, string name, string ns, Shape shape, bool flattened, JsonArray items)
    {
        var item = shape.ListMember!;
        if (!flattened)
        {
            writer.WriteStartElement(name, ns);
        }

        foreach (var value in items.OfType<JsonNode>())
        {
            Value(writer, flattened ? name : item.LocationName ?? "member", ns, item.Shape, item, value);
        }

        if (!flattened)
        {
            writer.WriteEndElement();
        }
    }

    private static void Map(XmlWriter writer, string name, string ns, Shape shape, bool flattened, JsonObject entries)
    {
        if (!flattened)
        {
            writer.WriteStartElement(name, ns);
        }

        foreach (var (key, value) in entries)
        {
            if (value is null)
            {
                continue;
            }

            writer.WriteStartElement(flattened ? name : "entry", ns);
            writer.WriteElementString(shape.MapKey!.LocationName ?? "key", ns, key);
            Value(writer, shape.MapValue!.LocationName ?? "value", ns, shape.MapValue.Shape, shape.MapValue, value);
            writer.WriteEndElement();
        }

        if (!flattened)
        {
            writer.WriteEndElement();
        }
    }
}
