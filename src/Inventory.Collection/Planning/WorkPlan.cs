using Inventory.Aws.Endpoints;
using Inventory.Collection.Catalog;
using Inventory.Collection.Engine;

namespace Inventory.Collection.Planning;

/// <summary>Every (region, service) a run collects: global services once, regional ones per region.</summary>
public static class WorkPlan
{
    /// <param name="services">SERVICES (names or aliases); empty means all.</param>
    /// <param name="excluded">EXCLUDE_SERVICES (names or aliases).</param>
    public static IReadOnlyList<WorkItem> Build(
        ServiceCatalog catalog, RegionPlan regions, AwsPartition partition, IReadOnlyList<string> services, IReadOnlyList<string> excluded)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(partition);
        var selected = ServiceSelection.Select(catalog, services, excluded);
        var global = regions.Global
            ? selected.Where(s => s.Global).Select(s => new WorkItem(s, RegionDiscovery.Global, partition.DefaultRegion))
            : [];
        var regional = regions.Regions.SelectMany(region =>
            selected.Where(s => !s.Global && s.RunsIn(region)).Select(s => new WorkItem(s, region, region)));
        return [.. global, .. regional];
    }
}
