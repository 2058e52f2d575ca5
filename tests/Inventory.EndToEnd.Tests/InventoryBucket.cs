using Inventory.Run;
using System.IO.Compression;
using System.Text.Json.Nodes;
using Inventory.Testing.Aws;

namespace Inventory.EndToEnd.Tests;

/// <summary>What the runners left in the output bucket, read from moto directly (not through the proxy).</summary>
internal sealed class InventoryBucket(MotoSeeder seed, string bucket)
{
    public Task<IReadOnlyList<string>> KeysAsync(CancellationToken ct) =>
        seed.ListObjectKeysAsync(SeededOrganization.Management, bucket, "", ct);

    /// <summary>A data object's records: gzip, one JSON object per line (AWS Recon's -j), no trailing newline.</summary>
    public async Task<IReadOnlyList<JsonObject>> RecordsAsync(string key, CancellationToken ct)
    {
        var bytes = await seed.GetObjectAsync(SeededOrganization.Management, bucket, key, ct);
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var text = await reader.ReadToEndAsync(ct);
        Assert.False(string.IsNullOrEmpty(text), $"{key} holds no records");
        return [.. text.Split('\n').Select(line => Assert.IsType<JsonObject>(JsonNode.Parse(line), exactMatch: true))];
    }

    public async Task<JsonObject> ReportAsync(string key, CancellationToken ct) =>
        Assert.IsType<JsonObject>(JsonNode.Parse(await seed.GetObjectAsync(SeededOrganization.Management, bucket, key, ct)), exactMatch: true);
}
