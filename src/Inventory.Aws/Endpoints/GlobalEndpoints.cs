using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace Inventory.Aws.Endpoints;

/// <summary>
/// Services with one endpoint per partition rather than one per region, keyed by partition then
/// endpoint prefix: the host and the region requests are signed for. The facts are AWS's endpoint
/// data (botocore's endpoints.json), written to ApiModels/global-endpoints.json by trim.py.
/// </summary>
internal static class GlobalEndpoints
{
    private static readonly FrozenDictionary<string, FrozenDictionary<string, (string Host, string Region)>> Table = Load();

    /// <summary>The partitions the data covers.</summary>
    public static IEnumerable<string> Partitions => Table.Keys;

    public static bool TryGet(string endpointPrefix, AwsPartition partition, out string host, out string signingRegion)
    {
        if (Table.TryGetValue(partition.Name, out var services) && services.TryGetValue(endpointPrefix, out var entry))
        {
            (host, signingRegion) = entry;
            return true;
        }

        (host, signingRegion) = (string.Empty, string.Empty);
        return false;
    }

    private static FrozenDictionary<string, FrozenDictionary<string, (string Host, string Region)>> Load()
    {
        using var stream = typeof(GlobalEndpoints).Assembly.GetManifestResourceStream("Inventory.Aws.GlobalEndpoints.json")
            ?? throw new InvalidOperationException("The global endpoint data is not embedded.");
        var document = JsonNode.Parse(stream)!.AsObject();
        return document["partitions"]!.AsObject().ToFrozenDictionary(
            partition => partition.Key,
            partition => partition.Value!.AsObject().ToFrozenDictionary(
                service => service.Key,
                service => ((string)service.Value!["hostname"]!, (string)service.Value!["signingRegion"]!),
                StringComparer.Ordinal),
            StringComparer.Ordinal);
    }
}
