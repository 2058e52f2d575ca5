using System.Buffers;
using System.IO.Compression;
using System.Text.Json;
using System.Threading.Channels;

namespace Inventory.Collection.Records;

/// <summary>
/// Writes records straight into a gzip stream as they come, one per line (AWS Recon's
/// <c>-l</c>) or as one JSON array, so the inventory is never held in memory.
/// </summary>
public static class RecordFileWriter
{
    private static readonly JsonWriterOptions Options = new() { SkipValidation = true };

    /// <returns>How many records were written.</returns>
    public static async Task<long> WriteAsync(ChannelReader<InventoryRecord> records, Stream destination, OutputFormat format, bool jsonLines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        await using var gzip = new GZipStream(destination, CompressionLevel.Optimal, leaveOpen: true);

        // Each record is written into a reused buffer, then copied into the gzip stream: flushing
        // a writer that sits on the gzip stream would end a compression block per record.
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        await using var writer = new Utf8JsonWriter(buffer, Options);
        long count = 0;
        if (!jsonLines)
        {
            gzip.WriteByte((byte)'[');
        }

        await foreach (var record in records.ReadAllAsync(cancellationToken))
        {
            if (count > 0)
            {
                gzip.WriteByte(jsonLines ? (byte)'\n' : (byte)',');
            }

            writer.Reset();
            record.WriteTo(writer, format);
            writer.Flush();
            await gzip.WriteAsync(buffer.WrittenMemory, cancellationToken);
            buffer.ResetWrittenCount();
            count++;
        }

        if (!jsonLines)
        {
            gzip.WriteByte((byte)']');
        }

        return count;
    }
}
