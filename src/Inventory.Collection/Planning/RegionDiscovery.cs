using System.Text.Json.Nodes;
using Inventory.Aws.Client;

namespace Inventory.Collection.Planning;

/// <summary>The account's regions from EC2 DescribeRegions, narrowed by the REGIONS setting.</summary>
public static class RegionDiscovery
{
    public const string Global = "global";

    /// <param name="client">A client with the account's (collection) credentials.</param>
    /// <param name="homeRegion">Where DescribeRegions is called.</param>
    /// <param name="requested">REGIONS; empty means every enabled region plus global.</param>
    public static async Task<RegionPlan> DiscoverAsync(AwsClient client, string homeRegion, IReadOnlyList<string> requested, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(requested);
        var result = await client.InvokeAsync("ec2", homeRegion, "DescribeRegions", new JsonObject { ["AllRegions"] = true }, cancellationToken);
        var regions = result.GetOutputOrThrow("DescribeRegions")["Regions"]!.AsArray()
            .Select(region => (Name: (string)region!["RegionName"]!, Enabled: (string?)region["OptInStatus"] != "not-opted-in"))
            .ToList();
        var enabled = regions.Where(r => r.Enabled).Select(r => r.Name).ToList();
        if (requested.Count == 0)
        {
            return new RegionPlan(enabled, true, [], []);
        }

        var known = regions.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var wanted = requested.ToHashSet(StringComparer.Ordinal);
        return new RegionPlan(
            enabled.Where(wanted.Contains).ToList(),
            wanted.Contains(Global),
            requested.Where(name => known.Contains(name) && !enabled.Contains(name)).ToList(),
            requested.Where(name => name != Global && !known.Contains(name)).ToList());
    }
}
