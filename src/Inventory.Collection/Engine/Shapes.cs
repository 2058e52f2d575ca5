using Inventory.Aws.Model;
using Inventory.Aws.Paths;

namespace Inventory.Collection.Engine;

/// <summary>The shape of what a catalog path (<see cref="DataPath"/>) selects from an operation's output, for key conversion.</summary>
internal static class Shapes
{
    /// <summary>The shape of each item: at <paramref name="items"/>, else the paginator's first result key.</summary>
    public static Shape? Items(OperationModel operation, string? items)
    {
        var path = items ?? (operation.Paginator is { ResultKeys.Count: > 0 } paginator ? paginator.ResultKeys[0] : null);
        return path is null || operation.Output is null ? operation.Output : DataPath.Parse(path).ResolveItems(operation.Output, out _)?.Shape;
    }

    /// <summary>
    /// The shape a follow-up's <c>select</c> picks: <c>FlowLogs[0]</c> has the list's member shape,
    /// <c>Attributes</c> the list's own, <c>DkimAttributes.*</c> the map's value shape.
    /// </summary>
    public static Shape? Select(OperationModel operation, string? path) =>
        path is null || operation.Output is null ? operation.Output : DataPath.Parse(path).Resolve(operation.Output, out _)?.Shape;
}
