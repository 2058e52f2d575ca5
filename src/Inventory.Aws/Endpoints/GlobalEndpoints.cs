namespace Inventory.Aws.Endpoints;

/// <summary>
/// Services with one endpoint per partition rather than one per region, keyed by endpoint
/// prefix then partition: the host and the region requests are signed for. From AWS's
/// published endpoint lists.
/// </summary>
internal static class GlobalEndpoints
{
    private static readonly Dictionary<string, Dictionary<string, (string Host, string Region)>> Table =
        new(StringComparer.Ordinal)
        {
            ["iam"] = new()
            {
                ["aws"] = ("iam.amazonaws.com", "us-east-1"),
                ["aws-cn"] = ("iam.cn-north-1.amazonaws.com.cn", "cn-north-1"),
                ["aws-us-gov"] = ("iam.us-gov.amazonaws.com", "us-gov-west-1"),
            },
            ["organizations"] = new()
            {
                ["aws"] = ("organizations.us-east-1.amazonaws.com", "us-east-1"),
                ["aws-cn"] = ("organizations.cn-northwest-1.amazonaws.com.cn", "cn-northwest-1"),
                ["aws-us-gov"] = ("organizations.us-gov-west-1.amazonaws.com", "us-gov-west-1"),
            },
            ["route53"] = new()
            {
                ["aws"] = ("route53.amazonaws.com", "us-east-1"),
                ["aws-cn"] = ("route53.amazonaws.com.cn", "cn-northwest-1"),
                ["aws-us-gov"] = ("route53.us-gov.amazonaws.com", "us-gov-west-1"),
            },
            ["cloudfront"] = new()
            {
                ["aws"] = ("cloudfront.amazonaws.com", "us-east-1"),
                ["aws-cn"] = ("cloudfront.cn-northwest-1.amazonaws.com.cn", "cn-northwest-1"),
            },
            ["shield"] = new()
            {
                ["aws"] = ("shield.us-east-1.amazonaws.com", "us-east-1"),
            },
            ["route53domains"] = new()
            {
                ["aws"] = ("route53domains.us-east-1.amazonaws.com", "us-east-1"),
            },
            ["budgets"] = new()
            {
                ["aws"] = ("budgets.amazonaws.com", "us-east-1"),
                ["aws-cn"] = ("budgets.amazonaws.com.cn", "cn-northwest-1"),
            },
            ["support"] = new()
            {
                ["aws"] = ("support.us-east-1.amazonaws.com", "us-east-1"),
                ["aws-cn"] = ("support.cn-north-1.amazonaws.com.cn", "cn-north-1"),
                ["aws-us-gov"] = ("support.us-gov-west-1.amazonaws.com", "us-gov-west-1"),
            },
        };

    public static bool TryGet(string endpointPrefix, AwsPartition partition, out string host, out string signingRegion)
    {
        if (Table.TryGetValue(endpointPrefix, out var partitions) && partitions.TryGetValue(partition.Name, out var entry))
        {
            (host, signingRegion) = entry;
            return true;
        }

        (host, signingRegion) = (string.Empty, string.Empty);
        return false;
    }
}
