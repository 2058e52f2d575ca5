using Inventory.Testing.Streams;

namespace Inventory.Aws.Tests.Protocols;

/// <summary>
/// A response body as the network gives it: not seekable, and a few bytes per read, so parsers
/// are tested against partial reads rather than a MemoryStream's all-at-once.
/// </summary>
internal sealed class TrickleStream(byte[] content, int chunk = 7) : ForwardOnlyStream
{
    private int _position;

    public override int Read(Span<byte> buffer)
    {
        var count = Math.Min(Math.Min(buffer.Length, chunk), content.Length - _position);
        content.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }
}
