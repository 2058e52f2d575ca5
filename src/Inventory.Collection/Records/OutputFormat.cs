namespace Inventory.Collection.Records;

/// <summary>AWS Recon's two record shapes (its <c>-f</c>).</summary>
public enum OutputFormat
{
    /// <summary><c>account, name, service, region, asset_type, resource{data, version}, timestamp</c>: what OpenCSPM reads.</summary>
    Custom,

    /// <summary><c>account, service, region, resource, timestamp</c>.</summary>
    Aws,
}
