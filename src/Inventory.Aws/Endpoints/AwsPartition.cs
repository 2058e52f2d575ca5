using System.Text.RegularExpressions;

namespace Inventory.Aws.Endpoints;

/// <summary>An AWS partition: which regions belong to it and the DNS suffix of its endpoints.</summary>
public sealed record AwsPartition(string Name, string DnsSuffix, string DefaultRegion, Regex RegionPattern)
{
    public static readonly AwsPartition Aws = new(
        "aws", "amazonaws.com", "us-east-1", new Regex(@"^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$", RegexOptions.CultureInvariant));

    public static readonly AwsPartition China = new(
        "aws-cn", "amazonaws.com.cn", "cn-northwest-1", new Regex(@"^cn-\w+-\d+$", RegexOptions.CultureInvariant));

    public static readonly AwsPartition GovCloud = new(
        "aws-us-gov", "amazonaws.com", "us-gov-west-1", new Regex(@"^us-gov-\w+-\d+$", RegexOptions.CultureInvariant));

    public static IReadOnlyList<AwsPartition> All { get; } = [GovCloud, China, Aws];

    /// <summary>The partition a region belongs to; unknown names fall to the aws partition.</summary>
    public static AwsPartition Of(string region) =>
        All.FirstOrDefault(partition => partition.RegionPattern.IsMatch(region)) ?? Aws;

    /// <summary>The partition of an ARN (<c>arn:aws-cn:…</c>).</summary>
    public static AwsPartition OfName(string name) =>
        All.FirstOrDefault(partition => partition.Name == name)
        ?? throw new ArgumentException($"Unknown AWS partition '{name}'.", nameof(name));
}
