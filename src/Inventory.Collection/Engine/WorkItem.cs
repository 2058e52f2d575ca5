using Inventory.Collection.Catalog;

namespace Inventory.Collection.Engine;

/// <summary>One (region, service) of an account: the unit the engine runs and reports on.</summary>
/// <param name="Region">The records' region: a region code, or <c>global</c>.</param>
/// <param name="CallRegion">Where the calls go (a global service's home region).</param>
public sealed record WorkItem(CatalogService Service, string Region, string CallRegion);
