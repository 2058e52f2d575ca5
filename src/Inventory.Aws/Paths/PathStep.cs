namespace Inventory.Aws.Paths;

/// <summary>One step of a <see cref="DataPath"/>: a member name, <c>[]</c>, <c>[n]</c> or <c>*</c>.</summary>
public sealed record PathStep(PathStepKind Kind, string Name = "", int Index = 0)
{
    public static readonly PathStep Flatten = new(PathStepKind.Flatten);
    public static readonly PathStep Values = new(PathStepKind.Values);

    public override string ToString() => Kind switch
    {
        PathStepKind.Member => Name,
        PathStepKind.Flatten => "[]",
        PathStepKind.Index => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{Index}]"),
        _ => "*",
    };
}
