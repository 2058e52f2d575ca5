using Amazon.S3.Model;
using Inventory.Aws.Credentials;
using Inventory.Aws.S3;
using Inventory.Aws.Tests.Credentials;
using Inventory.Testing.Aws;

namespace Inventory.Aws.Tests.S3;

/// <summary>AWS_ENDPOINT_URL_S3 is honoured even with AWS_REGION set (the SDK alone can drop it then).</summary>
[Collection(ProcessEnvironment.Name)]
public sealed class S3EnvironmentTests(MotoFixture moto) : IClassFixture<MotoFixture>
{
    [Fact]
    public async Task The_uploader_goes_to_AWS_ENDPOINT_URL_S3_with_path_style()
    {
        var ct = TestContext.Current.CancellationToken;
        await moto.Server.ResetAsync(ct);
        await moto.Server.Seed.CreateBucketAsync(MotoCredentials.ManagementAccountId, "env-bucket", "eu-west-1", ct);
        using var environment = new EnvironmentScope(
            ("AWS_ENDPOINT_URL_S3", moto.Server.Endpoint.ToString()),
            ("AWS_ENDPOINT_URL", null),
            ("AWS_REGION", "eu-west-1"));
        using var uploader = new S3Uploader(AwsCredentialSources.Static("AKIAEXAMPLE", "secret"), "eu-west-1");
        await using var content = new GeneratedContent(2_000);

        await uploader.UploadAsync("env-bucket", "AWSRecon/x.json.gz", content, S3UploadOptions.Default, ct);

        var listed = await uploader.Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "env-bucket" }, ct);
        Assert.Equal("AWSRecon/x.json.gz", Assert.Single(listed.S3Objects).Key);
    }
}
