using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inventory.Collection.Catalog;

/// <summary>
/// What the inventory collects: the embedded service files (Catalog/Services/*.json), one
/// per AWS Recon service (global and regional parts of a service are separate files).
/// </summary>
public sealed class ServiceCatalog
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
    };

    private static readonly Lazy<ServiceCatalog> Embedded = new(LoadEmbedded);

    public ServiceCatalog(IReadOnlyList<CatalogService> services) => Services = services;

    public static ServiceCatalog Default => Embedded.Value;

    public IReadOnlyList<CatalogService> Services { get; }

    /// <summary>Names and aliases, case-insensitive (<c>EC2</c>, <c>ec2</c>, <c>elbv2</c>).</summary>
    public bool Knows(string nameOrAlias) => Services.Any(service => Matches(service, nameOrAlias));

    public static bool Matches(CatalogService service, string nameOrAlias) =>
        string.Equals(service.Service, nameOrAlias, StringComparison.OrdinalIgnoreCase)
        || string.Equals(service.Alias, nameOrAlias, StringComparison.OrdinalIgnoreCase);

    public static CatalogService Parse(string source, Stream json)
    {
        try
        {
            var service = JsonSerializer.Deserialize<CatalogService>(json, Options)
                ?? throw new InvalidDataException($"Catalog file {source} is empty.");
            return service with { Source = source };
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Catalog file {source} is not valid: {e.Message}", e);
        }
    }

    private static ServiceCatalog LoadEmbedded()
    {
        const string prefix = "Inventory.Collection.Catalog.";
        var assembly = typeof(ServiceCatalog).Assembly;
        var services = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                return Parse(name[prefix.Length..], stream);
            })
            .ToList();
        return new ServiceCatalog(services);
    }
}
