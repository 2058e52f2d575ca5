namespace Inventory.Deployment.Tests.Support;

/// <summary>A field of an API type: required or not, and its type (<c>string</c>, <c>Array&lt;Container&gt;</c>, <c>{string}</c> for a map of strings, an interface name…).</summary>
internal sealed record TypeField(bool Required, string Type);
