using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Inventory.Collection.Records;

namespace Inventory.Collection.Tests.Records;

/// <summary>The gzipped file: NDJSON without a trailing newline (AWS Recon's -l) or one JSON array.</summary>
public sealed class RecordFileWriterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task JsonLinesAreOneRecordPerLineWithoutATrailingNewline()
    {
        var records = Enumerable.Range(0, 3).Select(i => InventoryRecordTests.Vpc($"vpc-{i}")).ToList();

        var (count, text) = await WriteAsync(records, OutputFormat.Custom, jsonLines: true);

        Assert.Equal(3, count);
        Assert.False(text.EndsWith('\n'));
        var lines = text.Split('\n');
        Assert.Equal(records.Select(r => InventoryRecordTests.Write(r, OutputFormat.Custom)), lines);
    }

    [Fact]
    public async Task WithoutJsonLinesTheFileIsOneArray()
    {
        var records = Enumerable.Range(0, 3).Select(i => InventoryRecordTests.Vpc($"vpc-{i}")).ToList();

        var (count, text) = await WriteAsync(records, OutputFormat.Aws, jsonLines: false);

        Assert.Equal(3, count);
        Assert.Equal("[" + string.Join(',', records.Select(r => InventoryRecordTests.Write(r, OutputFormat.Aws))) + "]", text);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(3, json.RootElement.GetArrayLength());
        Assert.Equal(["account", "service", "region", "resource", "timestamp"], InventoryRecordTests.Keys(json.RootElement[1]));
    }

    [Theory]
    [InlineData(true, "")]
    [InlineData(false, "[]")]
    public async Task NoRecordsIsAnEmptyFileOrAnEmptyArray(bool jsonLines, string expected)
    {
        var (count, text) = await WriteAsync([], OutputFormat.Custom, jsonLines);

        Assert.Equal(0, count);
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task LargeRecordsLoseNothingAcrossFlushes(bool jsonLines)
    {
        // 40 records of ~20 KB: the writer flushes mid-stream many times.
        var records = Enumerable.Range(0, 40).Select(i => InventoryRecordTests.Vpc($"vpc-{i}") with
        {
            Data = new JsonObject { ["vpc_id"] = $"vpc-{i}", ["blob"] = new string((char)('a' + (i % 26)), 20_000) },
        }).ToList();

        var (count, text) = await WriteAsync(records, OutputFormat.Custom, jsonLines);

        Assert.Equal(40, count);
        var written = jsonLines
            ? text.Split('\n').Select(line => JsonNode.Parse(line)!).ToList()
            : [.. JsonNode.Parse(text)!.AsArray().Select(node => node!)];
        Assert.Equal(records.Select(r => r.Data.ToJsonString()), written.Select(w => w["resource"]!["data"]!.ToJsonString()));
    }

    [Fact]
    public async Task TheDestinationStaysOpenWithACompleteGzipStream()
    {
        using var destination = new MemoryStream();
        var channel = Channel.CreateUnbounded<InventoryRecord>();
        await channel.Writer.WriteAsync(InventoryRecordTests.Vpc(), Ct);
        channel.Writer.Complete();

        await RecordFileWriter.WriteAsync(channel.Reader, destination, OutputFormat.Custom, jsonLines: true, Ct);

        Assert.True(destination.CanWrite);
        var bytes = destination.ToArray();
        Assert.Equal([0x1f, 0x8b], bytes[..2]);
        Assert.Equal(InventoryRecordTests.Write(InventoryRecordTests.Vpc(), OutputFormat.Custom), Gunzip(bytes));
    }

    private static async Task<(long Count, string Text)> WriteAsync(IReadOnlyList<InventoryRecord> records, OutputFormat format, bool jsonLines)
    {
        var channel = Channel.CreateBounded<InventoryRecord>(2);
        using var destination = new MemoryStream();
        var producer = Task.Run(async () =>
        {
            foreach (var record in records)
            {
                await channel.Writer.WriteAsync(record, Ct);
            }

            channel.Writer.Complete();
        }, Ct);

        var count = await RecordFileWriter.WriteAsync(channel.Reader, destination, format, jsonLines, Ct);
        await producer;
        return (count, Gunzip(destination.ToArray()));
    }

    private static string Gunzip(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
