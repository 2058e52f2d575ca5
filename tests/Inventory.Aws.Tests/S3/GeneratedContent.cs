using System.Security.Cryptography;
using Inventory.Testing.Streams;

namespace Inventory.Aws.Tests.S3;

/// <summary>
/// A forward-only stream of pseudo-random bytes, like a gzip stream being produced: it cannot seek,
/// has no length, and hashes what it hands out. Optionally fails after a number of bytes.
/// </summary>
internal sealed class GeneratedContent(long length, int seed = 7, long? failAfter = null) : ForwardOnlyStream
{
    private readonly Random _random = new(seed);
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _produced;

    public long Produced => _produced;

    /// <summary>Called with <see cref="Produced"/> before every read, to watch how far the reader runs ahead.</summary>
    public Action<long>? BeforeRead { get; init; }

    /// <summary>SHA-256 of everything produced so far.</summary>
    public byte[] Sha256() => _sha256.GetCurrentHash();

    public override int Read(Span<byte> buffer)
    {
        BeforeRead?.Invoke(_produced);
        if (failAfter is { } limit && _produced >= limit)
        {
            throw new IOException($"The content source failed after {limit} bytes.");
        }

        var end = failAfter is { } stop ? Math.Min(length, stop) : length;
        // Odd, small reads, as a compressor hands them out.
        var count = (int)Math.Min(Math.Min(buffer.Length, 81_920 + 17), end - _produced);
        if (count <= 0)
        {
            return 0;
        }

        var chunk = buffer[..count];
        _random.NextBytes(chunk);
        _sha256.AppendData(chunk);
        _produced += count;
        return count;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sha256.Dispose();
        }

        base.Dispose(disposing);
    }
}
