using Amazon.S3;
using Amazon.S3.Model;

namespace Inventory.Aws.S3;

/// <summary>Content headers and server-side encryption, the same for PutObject and CreateMultipartUpload.</summary>
internal static class S3ObjectSettings
{
    public static PutObjectRequest Put(string bucket, string key, Stream body, S3UploadOptions options)
    {
        var request = new PutObjectRequest
        {
            BucketName = bucket,
            Key = key,
            InputStream = body,
            ContentType = options.ContentType,
            ServerSideEncryptionMethod = Encryption(options),
            ServerSideEncryptionKeyManagementServiceKeyId = options.KmsKeyId,
        };
        Describe(request.Headers, request.Metadata, options);
        return request;
    }

    public static InitiateMultipartUploadRequest Initiate(string bucket, string key, S3UploadOptions options)
    {
        var request = new InitiateMultipartUploadRequest
        {
            BucketName = bucket,
            Key = key,
            ContentType = options.ContentType,
            ServerSideEncryptionMethod = Encryption(options),
            ServerSideEncryptionKeyManagementServiceKeyId = options.KmsKeyId,
        };
        Describe(request.Headers, request.Metadata, options);
        return request;
    }

    // The two requests share no type: their headers and metadata collections are filled alike.
    private static void Describe(HeadersCollection headers, MetadataCollection metadata, S3UploadOptions options)
    {
        headers.ContentEncoding = options.ContentEncoding;
        foreach (var (name, value) in options.Metadata)
        {
            metadata[name] = value;
        }
    }

    private static ServerSideEncryptionMethod Encryption(S3UploadOptions options) =>
        options.KmsKeyId is null ? ServerSideEncryptionMethod.AES256 : ServerSideEncryptionMethod.AWSKMS;
}
