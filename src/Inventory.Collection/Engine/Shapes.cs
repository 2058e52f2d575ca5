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
        return Select(operation, path);
    }

    /// <summary>The shape a JSON path selects (<c>FlowLogs[0]</c> has the list's member shape).</summary>
    public static Shape? Select(OperationModel operation, string? path)
    {
        if (operation.Output is null)
        {
            return null;
        }

        return path is null ? operation.Output : new ItemsPath(Index().Replace(path, "[]")).Resolve(operation.Output, out _)?.Item;
    }

    [GeneratedRegex(@"\[-?\d+\]")]
    private static partial Regex Index();
}
