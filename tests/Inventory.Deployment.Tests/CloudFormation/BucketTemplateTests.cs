using System.Text.Json.Nodes;
using Inventory.Deployment.Tests.Support;

namespace Inventory.Deployment.Tests.CloudFormation;

/// <summary>The inventory bucket: encrypted, private, TLS only, cleaned of unfinished uploads.</summary>
public sealed class BucketTemplateTests
{
    private static readonly string[] Encryptions = ["AES256", "aws:kms", "aws:kms:dsse"];
    private static readonly string[] PublicAccessSettings = ["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"];

    private readonly CfnTemplate _template = CfnTemplate.Load("security-account.yaml");

    private JsonObject Bucket => Assert.Single(_template.OfType("AWS::S3::Bucket")).Resource;

    [Fact]
    public void Is_encrypted_at_rest()
    {
        var rule = Assert.Single(Bucket.Objects("Properties", "BucketEncryption", "ServerSideEncryptionConfiguration"));
        Assert.Contains(rule.Str("ServerSideEncryptionByDefault", "SSEAlgorithm"), Encryptions);
    }

    [Fact]
    public void Blocks_every_kind_of_public_access_and_every_ACL()
    {
        foreach (var setting in PublicAccessSettings)
        {
            Assert.True(Bucket.Bool("Properties", "PublicAccessBlockConfiguration", setting), setting);
        }

        Assert.Equal("BucketOwnerEnforced", Assert.Single(Bucket.Objects("Properties", "OwnershipControls", "Rules")).Str("ObjectOwnership"));
    }

    [Fact]
    public void Refuses_requests_without_TLS()
    {
        var (_, policy) = Assert.Single(_template.OfType("AWS::S3::BucketPolicy"));
        Assert.Equal("InventoryBucket", policy.Str("Properties", "Bucket", "Ref"));
        var statements = policy.Objects("Properties", "PolicyDocument", "Statement").ToList();
        var tls = Assert.Single(statements, s => s.At("Condition", "Bool", "aws:SecureTransport") is not null);
        Assert.Equal("Deny", tls.Str("Effect"));
        Assert.Equal("*", tls.Str("Principal"));
        Assert.Equal("s3:*", tls.Str("Action"));
        Assert.Equal("false", tls.Str("Condition", "Bool", "aws:SecureTransport"));
        Assert.Equal(2, tls.At("Resource")!.AsArray().Count);
        Assert.All(statements, s => Assert.Equal("Deny", s.Str("Effect")));
    }

    [Fact]
    public void Aborts_incomplete_multipart_uploads_and_expires_old_inventories()
    {
        var rules = Bucket.Objects("Properties", "LifecycleConfiguration", "Rules").ToList();
        Assert.All(rules, r => Assert.Equal("Enabled", r.Str("Status")));
        var abort = Assert.Single(rules, r => r.At("AbortIncompleteMultipartUpload") is not null);
        Assert.InRange(abort.Long("AbortIncompleteMultipartUpload", "DaysAfterInitiation") ?? 0, 1, 7);
        Assert.Null(abort.At("Prefix"));
        Assert.Contains(rules, r => r.Str("Prefix") == "AWSRecon/" && r.At("ExpirationInDays") is not null);
    }

    [Fact]
    public void Outlives_its_stack()
    {
        Assert.Equal("Retain", Bucket.Str("DeletionPolicy"));
        Assert.Equal("Retain", Bucket.Str("UpdateReplacePolicy"));
        Assert.Equal("Enabled", Bucket.Str("Properties", "VersioningConfiguration", "Status"));
    }
}
