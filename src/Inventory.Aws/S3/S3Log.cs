using Microsoft.Extensions.Logging;

namespace Inventory.Aws.S3;

internal static partial class S3Log
{
    [LoggerMessage(EventId = 3101, EventName = "S3AbortFailed", Level = LogLevel.Warning,
        Message = "Could not abort multipart upload {UploadId} of s3://{Bucket}/{Key}; its parts stay until a lifecycle rule removes them")]
    public static partial void AbortFailed(ILogger logger, string bucket, string key, string uploadId, Exception exception);
}
