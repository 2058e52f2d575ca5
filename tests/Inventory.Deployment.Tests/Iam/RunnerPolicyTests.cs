using Inventory.Deployment.Tests.Support;

namespace Inventory.Deployment.Tests.Iam;

/// <summary>
/// Inventory-Runner (infrastructure/iam/runner-permissions-policy.json) writes inventories under
/// the bucket's AWSRecon/ and assumes the inventory role; to replace what an earlier attempt of
/// the same run left it may list, read the metadata of and delete objects under AWSRecon/ only.
/// It can do nothing else: no other prefix or bucket, no ACLs or versions, no other role.
/// </summary>
public sealed class RunnerPolicyTests
{
    private const string Bucket = "example-org-aws-inventory";
    private const string Data = $"arn:aws:s3:::{Bucket}/AWSRecon/2026/3/7/111111111111_aws_recon_1772882559.json.gz";
    private const string Report = $"arn:aws:s3:::{Bucket}/AWSRecon/2026/3/7/111111111111_aws_recon_1772882559.report.json";

    private readonly Policy _policy = IamTemplates.Policy("runner-permissions-policy.json");

    [Theory]
    [InlineData("s3:PutObject", Data)]
    [InlineData("s3:PutObject", Report)]
    [InlineData("s3:AbortMultipartUpload", Data)]
    [InlineData("s3:GetObject", Data)]
    [InlineData("s3:DeleteObject", Data)]
    [InlineData("s3:DeleteObject", Report)]
    [InlineData("s3:ListBucket", $"arn:aws:s3:::{Bucket}")]
    [InlineData("sts:AssumeRole", "arn:aws:iam::111111111111:role/inventory")]
    [InlineData("sts:AssumeRole", "arn:aws:iam::333333333333:role/inventory")]
    public void It_writes_inventories_and_assumes_the_inventory_roles(string action, string resource)
    {
        Assert.True(_policy.Allows(action, resource), $"{action} on {resource}");
    }

    [Theory]
    [InlineData("s3:GetObjectVersion", Data)]
    [InlineData("s3:DeleteObjectVersion", Data)]
    [InlineData("s3:PutObjectAcl", Data)]
    [InlineData("s3:GetObject", $"arn:aws:s3:::{Bucket}/other/file.json")]
    [InlineData("s3:DeleteObject", $"arn:aws:s3:::{Bucket}/other/file.json")]
    [InlineData("s3:DeleteObject", $"arn:aws:s3:::{Bucket}-other/AWSRecon/2026/3/7/x.json.gz")]
    [InlineData("s3:ListBucket", $"arn:aws:s3:::{Bucket}-other")]
    [InlineData("s3:ListBucketMultipartUploads", $"arn:aws:s3:::{Bucket}")]
    [InlineData("s3:PutBucketPolicy", $"arn:aws:s3:::{Bucket}")]
    [InlineData("s3:PutObject", $"arn:aws:s3:::{Bucket}/other/file.json")]
    [InlineData("s3:PutObject", $"arn:aws:s3:::{Bucket}/AWSRecon")]
    [InlineData("s3:PutObject", $"arn:aws:s3:::{Bucket}/awsrecon/2026/3/7/x.json.gz")]
    [InlineData("s3:PutObject", $"arn:aws:s3:::{Bucket}-other/AWSRecon/2026/3/7/x.json.gz")]
    [InlineData("s3:PutObject", "arn:aws:s3:::another-bucket/AWSRecon/2026/3/7/x.json.gz")]
    [InlineData("sts:AssumeRole", "arn:aws:iam::111111111111:role/Admin")]
    [InlineData("sts:AssumeRole", "arn:aws:iam::111111111111:role/team/inventory")]
    [InlineData("sts:AssumeRole", "arn:aws:iam::111111111111:role/inventory-admin")]
    [InlineData("iam:PassRole", "arn:aws:iam::111111111111:role/inventory")]
    public void It_can_do_nothing_else(string action, string resource)
    {
        Assert.False(_policy.Allows(action, resource), $"{action} on {resource}");
    }

    [Fact]
    public void Its_actions_are_exactly_the_upload_the_replacement_and_the_role_chain()
    {
        Assert.Equal(["s3:AbortMultipartUpload", "s3:DeleteObject", "s3:GetObject", "s3:ListBucket", "s3:PutObject", "sts:AssumeRole"], _policy.AllowedActions.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void It_lists_only_under_AWSRecon()
    {
        var listing = Assert.Single(_policy.Statements, s => s.Actions.Contains("s3:ListBucket"));
        Assert.Equal("AWSRecon/*", listing.Condition?["StringLike"]?["s3:prefix"]?.GetValue<string>());
    }

    [Fact]
    public void An_inventory_role_path_narrows_what_it_assumes()
    {
        var values = new Dictionary<string, string>(IamTemplates.Sample) { ["InventoryRolePath"] = "/audit/", ["InventoryRoleName"] = "reader" };
        var policy = IamTemplates.Policy("runner-permissions-policy.json", values);
        Assert.True(policy.Allows("sts:AssumeRole", "arn:aws:iam::111111111111:role/audit/reader"));
        Assert.False(policy.Allows("sts:AssumeRole", "arn:aws:iam::111111111111:role/reader"));
        Assert.False(policy.Allows("sts:AssumeRole", "arn:aws:iam::111111111111:role/audit/other"));
    }
}
