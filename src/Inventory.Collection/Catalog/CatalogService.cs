namespace Inventory.Collection.Catalog;

/// <summary>One service of the catalog (one file of Catalog/Services).</summary>
public sealed record CatalogService
{
    /// <summary>AWS Recon's service name, the records' <c>service</c> (<c>EC2</c>, <c>ElasticLoadBalancingV2</c>).</summary>
    public required string Service { get; init; }

    /// <summary>AWS Recon's alias (<c>ec2</c>, <c>elbv2</c>), accepted by SERVICES and EXCLUDE_SERVICES.</summary>
    public required string Alias { get; init; }

    /// <summary>The embedded API model the calls use (Inventory.Aws ApiModels/&lt;model&gt;.json).</summary>
    public required string Model { get; init; }

    /// <summary>Global services are collected once, with region <c>global</c>; regional ones in every region.</summary>
    public bool Global { get; init; }

    /// <summary>Only these regions (ECRPublic: us-east-1); empty means all.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>Regions where the service does not exist.</summary>
    public IReadOnlyList<string> ExcludedRegions { get; init; } = [];

    public required IReadOnlyList<CatalogResource> Collect { get; init; }

    /// <summary>The catalog file it came from, for error messages.</summary>
    public string Source { get; init; } = "";

    public bool RunsIn(string region) =>
        (Regions.Count == 0 || Regions.Contains(region)) && !ExcludedRegions.Contains(region);
}
