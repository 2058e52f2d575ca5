using System.Text.Json.Nodes;
using Inventory.Aws.Model;

namespace Inventory.Collection.Catalog;

/// <summary>
/// A path to items in an answer: <c>.</c> for the answer itself, dotted member names, <c>[]</c> after a name flattens that
/// list (<c>Reservations[].Instances</c>), and a list at the end yields its elements.
/// Walks documents and, for validation and key conversion, the shapes that describe them.
/// </summary>
public sealed class ItemsPath
{
    private readonly (string Name, bool Flatten)[] _steps;

    public ItemsPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Text = path;
        // "." is the answer itself: one record of a whole output (GetEbsEncryptionByDefault).
        _steps = path == "." ? [] : path.Split('.').Select(step => step.EndsWith("[]", StringComparison.Ordinal) ? (step[..^2], true) : (step, false)).ToArray();
    }

    public string Text { get; }

    /// <summary>Each item with the element that holds it (the page itself at the top).</summary>
    public IEnumerable<(JsonNode Item, JsonNode Parent)> Select(JsonNode page)
    {
        IEnumerable<(JsonNode Item, JsonNode Parent)> current = [(page, page)];
        for (var i = 0; i < _steps.Length; i++)
        {
            var (name, flatten) = _steps[i];
            var last = i == _steps.Length - 1;
            current = current.SelectMany(pair => Step(pair.Item, name, flatten || last));
        }

        return current;
    }

    /// <summary>The shape of each item and of the element holding it, or an error naming the missing step.</summary>
    public (Shape Item, Shape Parent)? Resolve(Shape output, out string? error)
    {
        var (item, parent) = (output, output);
        for (var i = 0; i < _steps.Length; i++)
        {
            var (name, flatten) = _steps[i];
            parent = item;
            if (item.Type == ShapeType.Map)
            {
                item = item.MapValue!.Shape;
            }
            else if (item.Type == ShapeType.Structure && item.Members.TryGetValue(name, out var member))
            {
                item = member.Shape;
            }
            else
            {
                error = $"'{Text}': {item.Name} has no member '{name}'";
                return null;
            }

            if (item.Type == ShapeType.List && (flatten || i == _steps.Length - 1))
            {
                item = item.ListMember!.Shape;
            }
            else if (flatten)
            {
                error = $"'{Text}': '{name}' is not a list";
                return null;
            }
        }

        error = null;
        return (item, parent);
    }

    private static IEnumerable<(JsonNode Item, JsonNode Parent)> Step(JsonNode node, string name, bool flatten)
    {
        switch (node is JsonObject obj ? obj[name] : null)
        {
            case JsonArray array when flatten:
                foreach (var element in array.OfType<JsonNode>())
                {
                    yield return (element, node);
                }

                break;
            case { } value:
                yield return (value, node);
                break;
        }
    }

    public override string ToString() => Text;
}
