namespace Inventory.Aws.Paths;

/// <summary>What one step of a <see cref="DataPath"/> does.</summary>
public enum PathStepKind
{
    /// <summary><c>Name</c>: a structure's member, or a map's value under that key.</summary>
    Member,

    /// <summary><c>[]</c>: each element of a list.</summary>
    Flatten,

    /// <summary><c>[n]</c>: one element of a list; <c>[-1]</c> counts from the end.</summary>
    Index,

    /// <summary><c>*</c>: each value of a map.</summary>
    Values,
}
