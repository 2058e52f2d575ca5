namespace Inventory.Aws.S3;

/// <summary>How an object is stored and how the upload is cut into parts.</summary>
public sealed record S3UploadOptions
{
    public const int MiB = 1024 * 1024;

    /// <summary>S3's smallest part (except the last).</summary>
    public const int MinPartSize = 5 * MiB;

    /// <summary>Our ceiling: a part is one pooled array.</summary>
    public const int MaxPartSize = 512 * MiB;

    /// <summary>S3's largest part number.</summary>
    public const int MaxParts = 10_000;

    public static S3UploadOptions Default { get; } = new();

    /// <summary>e.g. <c>application/json</c>.</summary>
    public string? ContentType { get; init; }

    /// <summary>e.g. <c>gzip</c>.</summary>
    public string? ContentEncoding { get; init; }

    /// <summary>User metadata, stored as <c>x-amz-meta-&lt;name&gt;</c> headers (names lower-case).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>SSE-KMS with this key (id, ARN or alias) when set; SSE-S3 (AES256) otherwise.</summary>
    public string? KmsKeyId { get; init; }

    /// <summary>Content that ends before this many bytes goes as one PutObject; at most <see cref="PartSize"/>.</summary>
    public int MultipartThreshold { get; init; } = 16 * MiB;

    /// <summary>Size of every part but the last.</summary>
    public int PartSize { get; init; } = 16 * MiB;

    /// <summary>Parts in flight at once; memory use is at most (this + 1) × <see cref="PartSize"/>.</summary>
    public int MaxParallelParts { get; init; } = 4;

    internal void Validate()
    {
        if (PartSize is < MinPartSize or > MaxPartSize)
        {
            throw new ArgumentOutOfRangeException(nameof(PartSize), PartSize, $"A part is {MinPartSize} to {MaxPartSize} bytes.");
        }

        if (MultipartThreshold < 1 || MultipartThreshold > PartSize)
        {
            throw new ArgumentOutOfRangeException(nameof(MultipartThreshold), MultipartThreshold, $"The threshold is 1 to PartSize ({PartSize}) bytes.");
        }

        if (MaxParallelParts is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxParallelParts), MaxParallelParts, "1 to 64 parts may be in flight.");
        }
    }
}
