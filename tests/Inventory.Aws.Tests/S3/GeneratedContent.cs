using System.Security.Cryptography;

namespace Inventory.Aws.Tests.S3;

/// <summary>
/// A forward-only stream of pseudo-random bytes, like a gzip stream being produced: it cannot seek,
/// has no length, and hashes what it hands out. Optionally fails after a number of bytes.
/// </summary>
internal sealed class GeneratedContent(long length, int seed = 7, long? failAfter = null) : Stream
{
    private readonly Random _random = new(seed);
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _produced;

    public long Produced => _produced;

    /// <summary>Called with <see cref="Produced"/> before every read, to watch how far the reader runs ahead.</summary>
    public Action<long>? BeforeRead { get; init; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>SHA-256 of everything produced so far.</summary>
    public byte[] Sha256() => _sha256.GetCurrentHash();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

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

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sha256.Dispose();
        }

        base.Dispose(disposing);
    }
}
