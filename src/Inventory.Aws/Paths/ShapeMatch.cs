using Inventory.Aws.Model;

namespace Inventory.Aws.Paths;

/// <summary>The shape a path reaches in a model, with the shape whose member it is (see <see cref="PathMatch"/>).</summary>
public readonly record struct ShapeMatch(Shape Shape, Shape Parent);
