using System.Buffers;

namespace Inventory.Aws.S3;

/// <summary>One part's bytes in a pooled array, read from a stream that may not seek or know its length.</summary>
internal sealed class PartBuffer : IDisposable
{
    private readonly ArrayPool<byte> _pool;
    private byte[]? _array;

    private PartBuffer(ArrayPool<byte> pool, byte[] array)
    {
        _pool = pool;
        _array = array;
    }

    public int Length { get; private set; }

    /// <summary>
    /// A pool for one upload, holding at most <paramref name="buffers"/> arrays. Not the shared pool:
    /// it keeps large arrays in per-thread slots, so memory grew with the number of parts.
    /// </summary>
    public static ArrayPool<byte> CreatePool(int partSize, int buffers) => ArrayPool<byte>.Create(partSize, buffers);

    public static PartBuffer Rent(ArrayPool<byte> pool, int capacity) => new(pool, pool.Rent(capacity));

    /// <summary>Reads until the buffer holds <paramref name="upTo"/> bytes or the stream ends.</summary>
    /// <returns>False when the stream ended first.</returns>
    public async Task<bool> FillAsync(Stream source, int upTo, CancellationToken cancellationToken)
    {
        var array = _array ?? throw new ObjectDisposedException(nameof(PartBuffer));
        var wanted = upTo - Length;
        var read = await source.ReadAtLeastAsync(array.AsMemory(Length, wanted), wanted, throwOnEndOfStream: false, cancellationToken);
        Length += read;
        return read == wanted;
    }

    /// <summary>A seekable view, so the SDK can rewind it when it retries a request.</summary>
    public MemoryStream OpenRead() =>
        new(_array ?? throw new ObjectDisposedException(nameof(PartBuffer)), 0, Length, writable: false);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _array, null) is { } array)
        {
            _pool.Return(array);
        }
    }
}
