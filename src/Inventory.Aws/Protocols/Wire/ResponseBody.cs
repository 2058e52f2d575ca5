using System.Buffers;
using System.IO.Pipelines;

namespace Inventory.Aws.Protocols.Wire;

/// <summary>Looks at a response body without buffering it whole, so parsers can stream from it.</summary>
internal static class ResponseBody
{
    /// <summary>Error bodies are read whole, up to this size; more is a proxy's page, not AWS's error.</summary>
    private const int ErrorLimit = 1 << 20;

    /// <summary>
    /// The body as a stream positioned at its start, or null when it is empty or only whitespace
    /// (the parsers would reject that, while it means "nothing to read").
    /// </summary>
    public static async Task<Stream?> OpenAsync(Stream body, CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(body, new StreamPipeReaderOptions(leaveOpen: true));
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (!IsWhitespace(buffer))
            {
                reader.AdvanceTo(buffer.Start);
                return reader.AsStream();
            }

            if (result.IsCompleted)
            {
                await reader.CompleteAsync();
                return null;
            }

            // Consume nothing but mark all as examined, so the next read waits for more bytes.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>The whole body (up to a limit), for error parsing and for quoting it in a message.</summary>
    public static async Task<byte[]> ReadErrorAsync(Stream body, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while (copy.Length < ErrorLimit && (read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            copy.Write(chunk, 0, read);
        }

        return copy.ToArray();
    }

    private static bool IsWhitespace(ReadOnlySequence<byte> buffer)
    {
        foreach (var segment in buffer)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
