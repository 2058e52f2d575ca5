using System.Text.RegularExpressions;
using Inventory.Aws.Model;
using Inventory.Collection.Catalog;

namespace Inventory.Collection.Engine;

/// <summary>The shape of what a catalog path selects from an operation's output, for key conversion.</summary>
internal static partial class Shapes
{
    /// <summary>The shape of each item: at <paramref name="items"/>, else the paginator's first result key.</summary>
    public static Shape? Items(OperationModel operation, string? items)
    {
        var path = items ?? (operation.Paginator is { ResultKeys.Count: > 0 } paginator ? paginator.ResultKeys[0] : null);
        return path is null ? operation.Output : Resolve(operation, path)?.Item;
    }

    /// <summary>
    /// The shape a follow-up's <c>select</c> picks: <c>FlowLogs[0]</c> has the list's member shape,
    /// <c>Attributes</c> the list's own, <c>DkimAttributes.*</c> the map's value shape.
    /// </summary>
    public static Shape? Select(OperationModel operation, string? path)
    {
        if (path is null)
        {
            return operation.Output;
        }

        path = Selection.IsSoleValue(path) ? path[..^2] + ".value" : path;
        if (Resolve(operation, path) is not var (item, parent))
        {
            return null;
        }

        // A selected list is the list itself, not one of its elements as in an items path.
        var last = path[(path.LastIndexOf('.') + 1)..];
        return parent.Type == ShapeType.Structure && parent.Members.TryGetValue(last, out var member) && member.Shape.Type == ShapeType.List
            ? member.Shape
            : item;
    }

    private static (Shape Item, Shape Parent)? Resolve(OperationModel operation, string path) =>
        operation.Output is null ? null : new ItemsPath(Index().Replace(path, "[]")).Resolve(operation.Output, out _);

    [GeneratedRegex(@"\[-?\d+\]")]
    private static partial Regex Index();
}
