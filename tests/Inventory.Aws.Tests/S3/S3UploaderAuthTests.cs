using Amazon.S3;
using Amazon.S3.Model;
using Inventory.Aws.Credentials;
using Inventory.Aws.S3;
using Inventory.Aws.Tests.Credentials;
using Inventory.Testing.Aws;

namespace Inventory.Aws.Tests.S3;

/// <summary>
/// Uploads signed by the Inventory-Runner role with moto's IAM enforcement on, under the least
/// privilege the design gives it: s3:PutObject (which covers the multipart calls) and
/// s3:AbortMultipartUpload under the bucket's AWSRecon/ prefix.
/// </summary>
public sealed class S3UploaderAuthTests(MotoFixture moto) : IClassFixture<MotoFixture>, IAsyncLifetime
{
    private const int MiB = S3UploadOptions.MiB;
    private const string Account = "111111111111";
    private const string Bucket = "inventory-central";
    private const string RunnerRole = "arn:aws:iam::111111111111:role/Inventory-Runner";
    private static readonly S3UploadOptions Parts = new() { PartSize = 5 * MiB, MultipartThreshold = 5 * MiB, ContentType = "application/json", ContentEncoding = "gzip" };

    private RoleChain _chain = null!;
    private S3Uploader _uploader = null!;

    private MotoServer Server => moto.Server;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await Server.ResetAsync();
        var seed = Server.Seed;
        await seed.CreateBucketAsync(Account, Bucket);
        await seed.CreateUserAsync(Account, "bootstrap");
        await seed.PutUserPolicyAsync(Account, "bootstrap", "assume", PolicyDocuments.Allow(RunnerRole, "sts:AssumeRole"));
        var (keyId, secret) = await seed.CreateAccessKeyAsync(Account, "bootstrap");
        await seed.CreateRoleAsync(Account, "Inventory-Runner", PolicyDocuments.TrustPrincipal("arn:aws:iam::111111111111:user/bootstrap"));
        await seed.PutRolePolicyAsync(Account, "Inventory-Runner", "upload",
            PolicyDocuments.Allow($"arn:aws:s3:::{Bucket}/AWSRecon/*", "s3:PutObject", "s3:AbortMultipartUpload"));
        await Server.EnforceAuthAsync(true);

        _chain = RoleChain.From(AwsCredentialSources.Static(keyId, secret), MotoSts.Region, MotoSts.Resolver(Server.Endpoint))
            .Assume(RunnerRole, "inventory-runner");
        _uploader = new S3Uploader(_chain.Credentials, MotoSts.Region, endpoints: MotoSts.Resolver(Server.Endpoint));
    }

    public async ValueTask DisposeAsync()
    {
        await Server.EnforceAuthAsync(false);
        _uploader.Dispose();
        _chain.Dispose();
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(12 * MiB)]
    public async Task The_runner_role_may_upload_under_the_prefix(int size)
    {
        await using var content = new GeneratedContent(size);

        var result = await _uploader.UploadAsync(Bucket, "AWSRecon/2026/3/7/222222222222_aws_recon_1.json.gz", content, Parts, Ct);

        await Server.EnforceAuthAsync(false, Ct);
        using var stored = await _uploader.Client.GetObjectAsync(Bucket, result.Key, Ct);
        Assert.Equal(size, stored.ContentLength);
        Assert.Equal(size > Parts.MultipartThreshold, result.Multipart);
    }

    [Fact]
    public async Task The_runner_role_may_abort_its_failed_upload()
    {
        await using var content = new GeneratedContent(30 * MiB, failAfter: 12 * MiB);

        await Assert.ThrowsAsync<IOException>(() => _uploader.UploadAsync(Bucket, "AWSRecon/broken.json.gz", content, Parts, Ct));

        await Server.EnforceAuthAsync(false, Ct);
        var uploads = await _uploader.Client.ListMultipartUploadsAsync(new ListMultipartUploadsRequest { BucketName = Bucket }, Ct);
        Assert.Empty(uploads.MultipartUploads ?? []);
    }

    [Fact]
    public async Task Outside_the_prefix_the_upload_is_refused_with_AccessDenied()
    {
        await using var content = new GeneratedContent(1_000);

        var refused = await Assert.ThrowsAsync<AmazonS3Exception>(() => _uploader.UploadAsync(Bucket, "elsewhere/x.json.gz", content, Parts, Ct));

        Assert.Equal("AccessDenied", refused.ErrorCode);
    }
}
