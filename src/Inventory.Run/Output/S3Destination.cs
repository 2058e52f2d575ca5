using Amazon.Runtime;
using Inventory.Aws.Client;
using Inventory.Aws.S3;

namespace Inventory.Run.Output;

/// <summary>Uploads with the runner's own credentials, never the collected account's; every object names its run in its metadata.</summary>
internal sealed class S3Destination(string bucket, AWSCredentials credentials, string region, AwsClientOptions limits, string runId) : IInventoryDestination
{
    private readonly S3Uploader _uploader = new(credentials, region, limits: limits);

    public string Name => $"s3://{bucket}";

    public Task WriteAsync(string key, Stream content, string contentType, string? contentEncoding, CancellationToken cancellationToken) =>
        _uploader.UploadAsync(
            bucket,
            key,
            content,
            new S3UploadOptions { ContentType = contentType, ContentEncoding = contentEncoding, Metadata = new Dictionary<string, string> { [S3RunObjects.RunIdMetadata] = runId } },
            cancellationToken);

    public Task<IReadOnlyList<string>> EarlierAttemptsAsync(string prefix, CancellationToken cancellationToken) =>
        S3RunObjects.OfRunAsync(_uploader, bucket, prefix, runId, cancellationToken);

    public Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) => _uploader.DeleteAsync(bucket, keys, cancellationToken);

    public ValueTask DisposeAsync()
    {
        _uploader.Dispose();
        return ValueTask.CompletedTask;
    }
}
