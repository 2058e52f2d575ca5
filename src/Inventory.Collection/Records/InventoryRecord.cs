using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inventory.Collection.Records;

/// <summary>One resource of the inventory, written in AWS Recon's shape.</summary>
/// <param name="Name">The ARN (AWS Recon's <c>name</c>), possibly synthetic, possibly null.</param>
/// <param name="Data">The resource (AWS Recon's <c>resource</c>, or <c>resource.data</c> in custom).</param>
public sealed record InventoryRecord(
    string Account, string Service, string Region, string AssetType, string? Name, JsonObject Data, DateTimeOffset CollectedAt)
{
    /// <summary>Writes the record: <c>custom</c> (AWS Recon's OpenCSPM shape) or <c>aws</c>.</summary>
    public void WriteTo(Utf8JsonWriter writer, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("account", Account);
        if (format == OutputFormat.Custom)
        {
            writer.WriteString("name", Name);
        }

        writer.WriteString("service", Service);
        writer.WriteString("region", Region);
        if (format == OutputFormat.Custom)
        {
            writer.WriteString("asset_type", AssetType);
            writer.WriteStartObject("resource");
            writer.WritePropertyName("data");
            Data.WriteTo(writer);
            writer.WriteString("version", "v1");
            writer.WriteEndObject();
        }
        else
        {
            writer.WritePropertyName("resource");
            Data.WriteTo(writer);
        }

        writer.WriteString("timestamp", ReconTime.Format(CollectedAt));
        writer.WriteEndObject();
    }
}
