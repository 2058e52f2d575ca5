using System.Buffers;
using System.Runtime.ExceptionServices;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Logging;

namespace Inventory.Aws.S3;

/// <summary>
/// One multipart upload: parts read one after another from the content stream, uploaded with
/// bounded parallelism, then completed, or aborted on any failure so no partial object or
/// orphaned parts remain.
/// </summary>
internal sealed class MultipartUpload(IAmazonS3 s3, string bucket, string key, S3UploadOptions options, ArrayPool<byte> pool, ILogger logger)
{
    private static readonly TimeSpan AbortTimeout = TimeSpan.FromSeconds(30);

    private Exception? _partFailure;

    /// <param name="firstPart">Already read; owned (and returned to the pool) from here on.</param>
    public async Task<S3UploadResult> RunAsync(PartBuffer firstPart, Stream content, CancellationToken cancellationToken)
    {
        string uploadId;
        try
        {
            uploadId = (await s3.InitiateMultipartUploadAsync(S3ObjectSettings.Initiate(bucket, key, options), cancellationToken)).UploadId;
        }
        catch
        {
            firstPart.Dispose();
            throw;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(options.MaxParallelParts);
        var uploads = new List<Task<PartETag>>();
        PartBuffer? next = firstPart;
        long size = 0;
        try
        {
            while (next is not null)
            {
                var number = uploads.Count + 1;
                if (number > S3UploadOptions.MaxParts)
                {
                    throw new InvalidOperationException(
                        $"s3://{bucket}/{key} needs more than {S3UploadOptions.MaxParts} parts of {options.PartSize} bytes; raise PartSize.");
                }

                // Waiting for a slot after reading bounds memory to MaxParallelParts + 1 buffers.
                await slots.WaitAsync(stop.Token);
                size += next.Length;
                uploads.Add(UploadPartAsync(uploadId, number, next, slots, stop));
                next = await ReadPartAsync(content, stop.Token);
            }

            var parts = await Task.WhenAll(uploads);
            var completed = await s3.CompleteMultipartUploadAsync(
                new CompleteMultipartUploadRequest { BucketName = bucket, Key = key, UploadId = uploadId, PartETags = [.. parts] },
                cancellationToken);
            return new S3UploadResult(bucket, key, completed.ETag, size, parts.Length, Multipart: true);
        }
        catch (Exception failure)
        {
            next?.Dispose();
            await stop.CancelAsync();
            // Parts still in flight could otherwise land after the abort.
            await ((Task)Task.WhenAll(uploads)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await AbortAsync(uploadId);
            var cause = cancellationToken.IsCancellationRequested ? failure : _partFailure ?? failure;
            ExceptionDispatchInfo.Throw(cause);
            throw;
        }
    }

    private async Task<PartBuffer?> ReadPartAsync(Stream content, CancellationToken cancellationToken)
    {
        var part = PartBuffer.Rent(pool, options.PartSize);
        try
        {
            await part.FillAsync(content, options.PartSize, cancellationToken);
        }
        catch
        {
            part.Dispose();
            throw;
        }

        if (part.Length > 0)
        {
            return part;
        }

        part.Dispose();
        return null;
    }

    private async Task<PartETag> UploadPartAsync(string uploadId, int number, PartBuffer part, SemaphoreSlim slots, CancellationTokenSource stop)
    {
        try
        {
            using var body = part.OpenRead();
            var response = await s3.UploadPartAsync(
                new UploadPartRequest { BucketName = bucket, Key = key, UploadId = uploadId, PartNumber = number, PartSize = part.Length, InputStream = body },
                stop.Token);
            // Carries the part's checksum too, which CompleteMultipartUpload must repeat.
            return new PartETag(response) { PartNumber = number };
        }
        catch (Exception e)
        {
            // The first failure is the cause; the cancellations it triggers below are not.
            if (!stop.IsCancellationRequested)
            {
                Interlocked.CompareExchange(ref _partFailure, e, null);
            }

            // Fail fast: stop reading and cancel the other parts.
            await stop.CancelAsync();
            throw;
        }
        finally
        {
            part.Dispose();
            slots.Release();
        }
    }

    private async Task AbortAsync(string uploadId)
    {
        // Not the caller's token: a cancelled upload must still be aborted.
        using var timeout = new CancellationTokenSource(AbortTimeout);
        try
        {
            await s3.AbortMultipartUploadAsync(new AbortMultipartUploadRequest { BucketName = bucket, Key = key, UploadId = uploadId }, timeout.Token);
        }
        catch (Exception e) when (e is AmazonServiceException or AmazonClientException or HttpRequestException or OperationCanceledException)
        {
            S3Log.AbortFailed(logger, bucket, key, uploadId, e);
        }
    }
}
