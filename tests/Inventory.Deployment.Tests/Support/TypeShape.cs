namespace Inventory.Deployment.Tests.Support;

/// <summary>One API object type: its fields by JSON name.</summary>
internal sealed record TypeShape(string Name, IReadOnlyDictionary<string, TypeField> Fields);
