using Amazon.Runtime;
using Amazon.S3;
using Inventory.Aws.Client;
using Inventory.Aws.Endpoints;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inventory.Aws.S3;

/// <summary>
/// Uploads streams of unknown length to S3: one PutObject when the content is small, a multipart
/// upload with bounded parallelism and memory otherwise, never a partial object.
/// </summary>
public sealed class S3Uploader : IDisposable
{
    private readonly IAmazonS3 _s3;
    private readonly ILogger _logger;

    /// <param name="credentials">Signs every request (e.g. the Inventory-Runner role, never the account's own).</param>
    /// <param name="region">The bucket's region.</param>
    /// <param name="logger">Receives the rare abort failure.</param>
    /// <param name="endpoints">Endpoint resolution; the process environment when null.</param>
    /// <param name="limits">Timeouts and retries of the S3 client.</param>
    public S3Uploader(AWSCredentials credentials, string region, ILogger<S3Uploader>? logger = null, AwsEndpointResolver? endpoints = null, AwsClientOptions? limits = null)
        : this(S3Clients.Create(credentials, region, endpoints, limits), logger)
    {
    }

    internal S3Uploader(IAmazonS3 s3, ILogger? logger)
    {
        _s3 = s3;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The SDK client, for reads in tests and tools.</summary>
    internal IAmazonS3 Client => _s3;

    /// <param name="content">Read once, front to back; need not seek nor know its length.</param>
    public async Task<S3UploadResult> UploadAsync(string bucket, string key, Stream content, S3UploadOptions options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bucket);
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        // One reading, MaxParallelParts uploading.
        var pool = PartBuffer.CreatePool(options.PartSize, options.MaxParallelParts + 1);
        var first = PartBuffer.Rent(pool, options.PartSize);
        try
        {
            if (!await first.FillAsync(content, options.MultipartThreshold, cancellationToken))
            {
                return await PutAsync(bucket, key, first, options, cancellationToken);
            }

            await first.FillAsync(content, options.PartSize, cancellationToken);
        }
        catch
        {
            first.Dispose();
            throw;
        }

        return await new MultipartUpload(_s3, bucket, key, options, pool, _logger).RunAsync(first, content, cancellationToken);
    }

    /// <summary>The keys under a prefix, every page (ListObjectsV2).</summary>
    public async Task<IReadOnlyList<string>> ListKeysAsync(string bucket, string prefix, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        var request = new Amazon.S3.Model.ListObjectsV2Request { BucketName = bucket, Prefix = prefix };
        do
        {
            var page = await _s3.ListObjectsV2Async(request, cancellationToken);
            keys.AddRange((page.S3Objects ?? []).Select(o => o.Key));
            request.ContinuationToken = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (request.ContinuationToken is not null);

        return keys;
    }

    /// <summary>An object's user metadata (HeadObject), names without the <c>x-amz-meta-</c> prefix.</summary>
    public async Task<IReadOnlyDictionary<string, string>> MetadataAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        var head = await _s3.GetObjectMetadataAsync(bucket, key, cancellationToken);
        return head.Metadata.Keys.ToDictionary(name => name.StartsWith("x-amz-meta-", StringComparison.OrdinalIgnoreCase) ? name[11..] : name, name => head.Metadata[name], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Deletes objects; a key that is not there is no error (S3's DeleteObject).</summary>
    public async Task DeleteAsync(string bucket, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            await _s3.DeleteObjectAsync(bucket, key, cancellationToken);
        }
    }

    public void Dispose() => _s3.Dispose();

    private async Task<S3UploadResult> PutAsync(string bucket, string key, PartBuffer content, S3UploadOptions options, CancellationToken cancellationToken)
    {
        using (content)
        {
            using var body = content.OpenRead();
            var response = await _s3.PutObjectAsync(S3ObjectSettings.Put(bucket, key, body, options), cancellationToken);
            return new S3UploadResult(bucket, key, response.ETag, content.Length, Parts: 1, Multipart: false);
        }
    }
}
