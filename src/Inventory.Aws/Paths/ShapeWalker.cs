using Inventory.Aws.Model;

namespace Inventory.Aws.Paths;

/// <summary>
/// Walks a <see cref="DataPath"/>'s steps over the shapes of a model, as <see cref="DocumentWalker"/> walks
/// the documents they describe: a member of a structure (or a map's value, whatever the key), the element of
/// a list for <c>[]</c> and <c>[n]</c>, a map's value for <c>*</c>. A step the shape cannot take is an error
/// naming it.
/// </summary>
internal static class ShapeWalker
{
    public static ShapeMatch? Walk(IReadOnlyList<PathStep> steps, Shape root, string text, out string? error)
    {
        var (shape, parent) = (root, root);
        var name = root.Name;
        foreach (var step in steps)
        {
            Shape? next;
            switch (step.Kind)
            {
                case PathStepKind.Member:
                    next = shape.Type switch
                    {
                        ShapeType.Structure => shape.Members.TryGetValue(step.Name, out var member) ? member.Shape : null,
                        ShapeType.Map => shape.MapValue!.Shape,
                        _ => null,
                    };
                    error = next is null ? $"'{text}': {shape.Name} has no member '{step.Name}'" : null;
                    (parent, name) = (shape, step.Name);
                    break;
                case PathStepKind.Values:
                    next = shape.Type == ShapeType.Map ? shape.MapValue!.Shape : null;
                    error = next is null ? $"'{text}': '{name}' is not a map" : null;
                    parent = shape;
                    break;
                default:
                    next = shape.Type == ShapeType.List ? shape.ListMember!.Shape : null;
                    error = next is null ? $"'{text}': '{name}' is not a list" : null;
                    break;
            }

            if (next is null)
            {
                return null;
            }

            shape = next;
        }

        error = null;
        return new ShapeMatch(shape, parent);
    }
}
