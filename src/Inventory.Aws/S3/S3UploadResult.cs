namespace Inventory.Aws.S3;

/// <summary>What was stored.</summary>
/// <param name="ETag">As S3 returned it (quoted; multipart ETags end in <c>-&lt;parts&gt;</c>).</param>
/// <param name="Size">Bytes read from the content stream and stored.</param>
/// <param name="Parts">Parts uploaded; 1 for a single PutObject.</param>
/// <param name="Multipart">Whether a multipart upload was used.</param>
public sealed record S3UploadResult(string Bucket, string Key, string ETag, long Size, int Parts, bool Multipart);
