using Inventory.Testing.Streams;

namespace Inventory.Aws.Tests.S3;

/// <summary>Passes reads through and cancels a token once a number of bytes went by (a SIGTERM mid-upload).</summary>
internal sealed class CancellingContent(Stream inner, long cancelAfter, CancellationTokenSource cancel) : ForwardOnlyStream
{
    private long _passed;

    public override int Read(Span<byte> buffer) => Passed(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Passed(await inner.ReadAsync(buffer, cancellationToken));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Passed(int read)
    {
        _passed += read;
        if (_passed >= cancelAfter)
        {
            cancel.Cancel();
        }

        return read;
    }
}
