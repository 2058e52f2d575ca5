namespace Inventory.Collection.Planning;

/// <summary>The regions a run collects, and the requested ones it cannot.</summary>
/// <param name="Regions">Enabled regions to collect, in the order EC2 listed them.</param>
/// <param name="Global">Whether global services are collected (region <c>global</c>).</param>
/// <param name="Disabled">Requested regions the account has not opted in to.</param>
/// <param name="Unknown">Requested names EC2 does not know.</param>
public sealed record RegionPlan(IReadOnlyList<string> Regions, bool Global, IReadOnlyList<string> Disabled, IReadOnlyList<string> Unknown);
