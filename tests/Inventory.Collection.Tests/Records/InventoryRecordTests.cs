using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inventory.Collection.Records;

namespace Inventory.Collection.Tests.Records;

/// <summary>AWS Recon's two record shapes, key by key and in order.</summary>
public sealed class InventoryRecordTests
{
    internal static readonly DateTimeOffset Collected = new(2026, 3, 7, 11, 22, 39, 250, TimeSpan.Zero);

    internal static InventoryRecord Vpc(string id = "vpc-0abc") => new(
        "123456789012", "EC2", "us-east-1", "vpc", $"arn:aws:ec2:us-east-1:123456789012:vpc/{id}",
        new JsonObject { ["vpc_id"] = id, ["is_default"] = false, ["tags"] = new JsonArray(new JsonObject { ["key"] = "Name", ["value"] = "main" }), ["type"] = "vpc" },
        Collected);

    internal static string Write(InventoryRecord record, OutputFormat format)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            record.WriteTo(writer, format);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal static List<string> Keys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public void CustomFormatHasAwsReconsKeysInOrder()
    {
        using var json = JsonDocument.Parse(Write(Vpc(), OutputFormat.Custom));
        var root = json.RootElement;

        Assert.Equal(["account", "name", "service", "region", "asset_type", "resource", "timestamp"], Keys(root));
        Assert.Equal("123456789012", root.GetProperty("account").GetString());
        Assert.Equal("arn:aws:ec2:us-east-1:123456789012:vpc/vpc-0abc", root.GetProperty("name").GetString());
        Assert.Equal("EC2", root.GetProperty("service").GetString());
        Assert.Equal("us-east-1", root.GetProperty("region").GetString());
        Assert.Equal("vpc", root.GetProperty("asset_type").GetString());
        Assert.Equal(["data", "version"], Keys(root.GetProperty("resource")));
        Assert.Equal("v1", root.GetProperty("resource").GetProperty("version").GetString());
        Assert.Equal(["vpc_id", "is_default", "tags", "type"], Keys(root.GetProperty("resource").GetProperty("data")));
        Assert.Equal("2026-03-07 11:22:39 UTC", root.GetProperty("timestamp").GetString());
    }

    [Fact]
    public void AwsFormatHasAwsReconsKeysInOrder()
    {
        using var json = JsonDocument.Parse(Write(Vpc(), OutputFormat.Aws));
        var root = json.RootElement;

        Assert.Equal(["account", "service", "region", "resource", "timestamp"], Keys(root));
        Assert.Equal(["vpc_id", "is_default", "tags", "type"], Keys(root.GetProperty("resource")));
        Assert.Equal("vpc-0abc", root.GetProperty("resource").GetProperty("vpc_id").GetString());
        Assert.Equal("2026-03-07 11:22:39 UTC", root.GetProperty("timestamp").GetString());
    }

    [Fact]
    public void TheDataIsWrittenVerbatimInBothFormats()
    {
        var record = Vpc();
        using var custom = JsonDocument.Parse(Write(record, OutputFormat.Custom));
        using var aws = JsonDocument.Parse(Write(record, OutputFormat.Aws));

        var expected = record.Data.ToJsonString();
        Assert.Equal(expected, custom.RootElement.GetProperty("resource").GetProperty("data").GetRawText());
        Assert.Equal(expected, aws.RootElement.GetProperty("resource").GetRawText());
    }

    [Fact]
    public void AMissingNameIsWrittenAsNull()
    {
        var record = Vpc() with { Name = null };

        using var json = JsonDocument.Parse(Write(record, OutputFormat.Custom));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("name").ValueKind);
    }

    [Fact]
    public void OneRecordIsOneLine() => Assert.DoesNotContain('\n', Write(Vpc(), OutputFormat.Custom));
}
