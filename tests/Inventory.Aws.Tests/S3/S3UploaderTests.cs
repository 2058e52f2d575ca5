using System.Diagnostics;
using System.Security.Cryptography;
using Amazon.S3;
using Amazon.S3.Model;
using Inventory.Aws.Credentials;
using Inventory.Aws.S3;
using Inventory.Aws.Tests.Credentials;
using Inventory.Testing.Aws;

namespace Inventory.Aws.Tests.S3;

/// <summary>Uploads against moto: multipart and single PUT, headers, encryption, and nothing left behind on failure.</summary>
public sealed class S3UploaderTests(MotoFixture moto) : IClassFixture<MotoFixture>, IAsyncLifetime
{
    private const int MiB = S3UploadOptions.MiB;
    private const string Bucket = "inventory-uploads";
    private static readonly S3UploadOptions Json = new() { ContentType = "application/json", ContentEncoding = "gzip" };

    private S3Uploader _uploader = null!;

    private MotoServer Server => moto.Server;

    private IAmazonS3 S3 => _uploader.Client;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await Server.ResetAsync();
        await Server.Seed.CreateBucketAsync(MotoCredentials.ManagementAccountId, Bucket);
        _uploader = new S3Uploader(
            AwsCredentialSources.Static(MotoCredentials.AccessKeyId, MotoCredentials.SecretAccessKey),
            MotoCredentials.DefaultRegion,
            endpoints: MotoSts.Resolver(Server.Endpoint));
    }

    public ValueTask DisposeAsync()
    {
        _uploader.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Fifty_megabytes_go_up_in_parts_and_come_back_byte_for_byte()
    {
        await using var content = new GeneratedContent(50 * MiB);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();

        var result = await _uploader.UploadAsync(Bucket, "AWSRecon/2026/3/7/111111111111_aws_recon_1.json.gz", content, Json, Ct);

        clock.Stop();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"50 MiB in {clock.ElapsedMilliseconds} ms, {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / MiB} MiB allocated " +
            $"(all threads), peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / MiB} MiB");
        Assert.True(result.Multipart);
        Assert.Equal(4, result.Parts);
        Assert.Equal(50L * MiB, result.Size);
        Assert.EndsWith("-4\"", result.ETag, StringComparison.Ordinal);
        Assert.Equal(content.Sha256(), await StoredSha256Async(result.Key));
        var head = await S3.GetObjectMetadataAsync(Bucket, result.Key, Ct);
        Assert.Equal("application/json", head.Headers.ContentType);
        Assert.Equal("gzip", head.Headers.ContentEncoding);
        Assert.Equal(ServerSideEncryptionMethod.AES256, head.ServerSideEncryptionMethod);
        Assert.Equal(50L * MiB, head.ContentLength);
    }

    [Fact]
    public async Task Content_below_the_threshold_goes_as_one_PutObject()
    {
        await using var content = new GeneratedContent(300_000);

        var result = await _uploader.UploadAsync(Bucket, "small.json.gz", content, Json, Ct);

        Assert.False(result.Multipart);
        Assert.Equal(1, result.Parts);
        Assert.Equal(300_000, result.Size);
        Assert.DoesNotContain("-", result.ETag, StringComparison.Ordinal);
        Assert.Equal(content.Sha256(), await StoredSha256Async(result.Key));
        var head = await S3.GetObjectMetadataAsync(Bucket, result.Key, Ct);
        Assert.Equal("application/json", head.Headers.ContentType);
        Assert.Equal("gzip", head.Headers.ContentEncoding);
        Assert.Equal(ServerSideEncryptionMethod.AES256, head.ServerSideEncryptionMethod);
    }

    [Fact]
    public async Task Empty_content_is_stored_as_an_empty_object()
    {
        await using var content = new GeneratedContent(0);

        var result = await _uploader.UploadAsync(Bucket, "empty.json.gz", content, Json, Ct);

        Assert.False(result.Multipart);
        Assert.Equal(0, result.Size);
        Assert.Empty(await StoredBytesAsync(result.Key));
    }

    [Fact]
    public async Task A_source_failing_after_20_megabytes_leaves_no_object_and_no_upload()
    {
        await using var content = new GeneratedContent(50 * MiB, failAfter: 20 * MiB);
        var options = Json with { PartSize = 5 * MiB, MultipartThreshold = 5 * MiB, MaxParallelParts = 2 };

        var failure = await Assert.ThrowsAsync<IOException>(() => _uploader.UploadAsync(Bucket, "broken.json.gz", content, options, Ct));

        Assert.Contains("after 20971520 bytes", failure.Message, StringComparison.Ordinal);
        await AssertNothingLeftAsync("broken.json.gz");
    }

    [Fact]
    public async Task A_cancelled_upload_leaves_no_object_and_no_upload()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        await using var content = new CancellingContent(new GeneratedContent(50 * MiB), cancelAfter: 12 * MiB, cancel);
        var options = Json with { PartSize = 5 * MiB, MultipartThreshold = 5 * MiB };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _uploader.UploadAsync(Bucket, "cancelled.json.gz", content, options, cancel.Token));

        await AssertNothingLeftAsync("cancelled.json.gz");
    }

    [Fact]
    public async Task Kms_mode_stores_aws_kms_with_the_key_id_for_both_upload_kinds()
    {
        var keyId = await Server.Seed.CreateKeyAsync(MotoCredentials.ManagementAccountId, MotoCredentials.DefaultRegion, Ct);
        var options = Json with { KmsKeyId = keyId, PartSize = 5 * MiB, MultipartThreshold = 5 * MiB };

        foreach (var (key, size) in new[] { ("kms-small.json.gz", 1_000L), ("kms-multipart.json.gz", 12L * MiB) })
        {
            await using var content = new GeneratedContent(size);
            var result = await _uploader.UploadAsync(Bucket, key, content, options, Ct);

            var head = await S3.GetObjectMetadataAsync(Bucket, key, Ct);
            Assert.Equal(size > options.MultipartThreshold, result.Multipart);
            Assert.Equal(ServerSideEncryptionMethod.AWSKMS, head.ServerSideEncryptionMethod);
            Assert.EndsWith(keyId, head.ServerSideEncryptionKeyManagementServiceKeyId, StringComparison.Ordinal);
            Assert.Equal(content.Sha256(), await StoredSha256Async(key));
        }
    }

    private async Task<byte[]> StoredBytesAsync(string key)
    {
        using var response = await S3.GetObjectAsync(Bucket, key, Ct);
        using var copy = new MemoryStream();
        await response.ResponseStream.CopyToAsync(copy, Ct);
        return copy.ToArray();
    }

    private async Task<byte[]> StoredSha256Async(string key)
    {
        using var response = await S3.GetObjectAsync(Bucket, key, Ct);
        return await SHA256.HashDataAsync(response.ResponseStream, Ct);
    }

    private async Task AssertNothingLeftAsync(string key)
    {
        var uploads = await S3.ListMultipartUploadsAsync(new ListMultipartUploadsRequest { BucketName = Bucket }, Ct);
        Assert.Empty(uploads.MultipartUploads ?? []);
        var objects = await S3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket, Prefix = key }, Ct);
        Assert.Empty(objects.S3Objects ?? []);
    }
}
