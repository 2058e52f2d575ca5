using Inventory.Collection.Catalog;

namespace Inventory.Collection.Planning;

/// <summary>SERVICES (empty: all) less EXCLUDE_SERVICES, by AWS Recon's names or aliases.</summary>
public static class ServiceSelection
{
    public static IReadOnlyList<CatalogService> Select(ServiceCatalog catalog, IReadOnlyList<string> services, IReadOnlyList<string> excluded)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. catalog.Services
            .Where(s => services.Count == 0 || services.Any(name => ServiceCatalog.Matches(s, name)))
            .Where(s => !excluded.Any(name => ServiceCatalog.Matches(s, name)))];
    }
}
