using System.Xml.Linq;

namespace Inventory.Testing.Aws;

/// <summary>Values of elements by local name, whatever their namespace (moto's XML varies).</summary>
internal static class XmlText
{
    public static IReadOnlyList<string> All(string xml, string localName) =>
        Elements(xml, localName).Select(e => e.Value).ToList();

    public static string? Optional(string xml, string localName) => Elements(xml, localName).FirstOrDefault()?.Value;

    public static string First(string xml, string localName) =>
        Optional(xml, localName) ?? throw new InvalidOperationException($"No <{localName}> in moto's answer: {xml}");

    private static IEnumerable<XElement> Elements(string xml, string localName) =>
        XDocument.Parse(xml).Descendants().Where(e => e.Name.LocalName == localName);
}
