using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Inventory.Aws.Model;

namespace Inventory.Aws.Paths;

/// <summary>
/// A path into an answer and into the shapes that describe it: the one path language of paginators,
/// catalog items, selects, policies and template fields. The language is described once, in
/// src/Inventory.Collection/Catalog/README.md ("Paths"). Parsed once per text.
/// </summary>
public sealed class DataPath
{
    private static readonly ConcurrentDictionary<string, DataPath> Parsed = new(StringComparer.Ordinal);

    private DataPath(string text) => (Text, Alternatives) = (text, PathParser.Parse(text));

    public string Text { get; }

    /// <summary>The steps of each alternative, in order; <c>.</c> is one alternative of no steps.</summary>
    public IReadOnlyList<IReadOnlyList<PathStep>> Alternatives { get; }

    /// <summary>The path of <paramref name="text"/>; a mistake is a <see cref="FormatException"/> naming the path.</summary>
    public static DataPath Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parsed.TryGetValue(text, out var path) ? path : Parsed.GetOrAdd(text, new DataPath(text));
    }

    /// <summary>The path of <paramref name="text"/>, or null with the mistake (for checks that list every problem).</summary>
    public static DataPath? TryParse(string text, out string? error)
    {
        try
        {
            error = null;
            return Parse(text);
        }
        catch (FormatException e)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>Every value the path reaches in <paramref name="root"/>, from the first alternative that reaches any.</summary>
    public IEnumerable<PathMatch> Matches(JsonNode? root)
    {
        if (root is null)
        {
            return [];
        }

        return Alternatives.Count == 1
            ? DocumentWalker.Walk(Alternatives[0], root)
            : Alternatives.Select(steps => DocumentWalker.Walk(steps, root).ToList()).FirstOrDefault(found => found.Count > 0) ?? [];
    }

    /// <summary>The first value the path reaches, or null.</summary>
    public JsonNode? Select(JsonNode? root) => Matches(root).Select(match => (JsonNode?)match.Value).FirstOrDefault();

    /// <summary>A listing's items: what the path reaches, where a list reached yields its elements.</summary>
    public IEnumerable<PathMatch> Items(JsonNode? root) =>
        Matches(root).SelectMany(match => match.Value is JsonArray list
            ? list.OfType<JsonNode>().Select(element => new PathMatch(element, match.Parent))
            : [match]);

    /// <summary>The shape the path reaches from <paramref name="root"/> (every alternative must reach one; the first
    /// is returned), or null with an error naming the step that cannot be taken.</summary>
    public ShapeMatch? Resolve(Shape root, out string? error)
    {
        ArgumentNullException.ThrowIfNull(root);
        ShapeMatch? first = null;
        foreach (var steps in Alternatives)
        {
            if (ShapeWalker.Walk(steps, root, Text, out error) is not { } match)
            {
                return null;
            }

            first ??= match;
        }

        error = null;
        return first;
    }

    /// <summary>The shape of a listing's items (see <see cref="Items"/>): a list reached gives its element's shape.</summary>
    public ShapeMatch? ResolveItems(Shape root, out string? error) => Resolve(root, out error) switch
    {
        { Shape.Type: ShapeType.List } match => match with { Shape = match.Shape.ListMember!.Shape },
        var other => other,
    };

    public override string ToString() => Text;
}
