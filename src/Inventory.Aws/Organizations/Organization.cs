namespace Inventory.Aws.Organizations;

/// <summary>The organization itself (DescribeOrganization).</summary>
public sealed record Organization(string Id, string Arn, string ManagementAccountId, string FeatureSet);
