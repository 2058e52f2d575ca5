using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using Amazon.S3;
using Amazon.S3.Model;

namespace Inventory.Aws.Tests.S3;

/// <summary>
/// An <see cref="IAmazonS3"/> that answers the five calls an upload makes, slowly if asked, failing
/// one part if asked, and records what it saw. Any other call throws.
/// </summary>
public class ScriptedS3 : DispatchProxy
{
    private int _inFlight;

    public TimeSpan PartDelay { get; set; }

    public int? FailPart { get; set; }

    /// <summary>Part n waits until this many parts have started (at most 5 s), then <see cref="PartDelay"/>.</summary>
    public Func<int, int>? StartedBeforeDone { get; set; }

    public int MaxPartsInFlight { get; private set; }

    public int PartsStarted => Volatile.Read(ref _started);

    public ConcurrentQueue<string> Calls { get; } = new();

    public List<PartETag> CompletedWith { get; } = [];

    /// <summary>Whether the token AbortMultipartUpload got was still live.</summary>
    public bool? AbortTokenLive { get; private set; }

    private int _started;

    public static (IAmazonS3 Client, ScriptedS3 Script) Create()
    {
        var client = Create<IAmazonS3, ScriptedS3>();
        return (client, (ScriptedS3)(object)client);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod?.Name switch
    {
        nameof(IAmazonS3.InitiateMultipartUploadAsync) => Record("Initiate", new InitiateMultipartUploadResponse { UploadId = "upload-1" }),
        nameof(IAmazonS3.UploadPartAsync) => UploadPartAsync((UploadPartRequest)args![0]!, (CancellationToken)args[1]!),
        nameof(IAmazonS3.CompleteMultipartUploadAsync) => CompleteAsync((CompleteMultipartUploadRequest)args![0]!),
        nameof(IAmazonS3.AbortMultipartUploadAsync) => AbortAsync((CancellationToken)args![1]!),
        nameof(IAmazonS3.PutObjectAsync) => Record("Put", new PutObjectResponse { ETag = "\"single\"" }),
        nameof(IDisposable.Dispose) => null,
        _ => throw new NotSupportedException(targetMethod?.Name),
    };

    private Task<T> Record<T>(string call, T response)
    {
        Calls.Enqueue(call);
        return Task.FromResult(response);
    }

    private async Task<UploadPartResponse> UploadPartAsync(UploadPartRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _started);
        var inFlight = Interlocked.Increment(ref _inFlight);
        lock (Calls)
        {
            MaxPartsInFlight = Math.Max(MaxPartsInFlight, inFlight);
        }

        try
        {
            Calls.Enqueue($"UploadPart {request.PartNumber} {request.InputStream.Length}");
            for (var waited = 0; StartedBeforeDone is { } wanted && PartsStarted < wanted(request.PartNumber!.Value) && waited < 1000; waited++)
            {
                await Task.Delay(5, cancellationToken);
            }

            await Task.Delay(PartDelay, cancellationToken);
            return request.PartNumber == FailPart
                ? throw new AmazonS3Exception("We encountered an internal error.") { ErrorCode = "InternalError", StatusCode = HttpStatusCode.InternalServerError }
                : new UploadPartResponse { ETag = $"\"etag-{request.PartNumber}\"", PartNumber = request.PartNumber };
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private Task<CompleteMultipartUploadResponse> CompleteAsync(CompleteMultipartUploadRequest request)
    {
        CompletedWith.AddRange(request.PartETags);
        return Record("Complete", new CompleteMultipartUploadResponse { ETag = $"\"final-{request.PartETags.Count}\"" });
    }

    private Task<AbortMultipartUploadResponse> AbortAsync(CancellationToken cancellationToken)
    {
        AbortTokenLive = !cancellationToken.IsCancellationRequested;
        return Record("Abort", new AbortMultipartUploadResponse());
    }
}
