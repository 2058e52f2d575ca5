using System.Text.Json.Nodes;

namespace Inventory.Deployment.Tests.Support;

/// <summary>One call the collection catalog makes: its service file, API model and operation.</summary>
internal sealed record CatalogCall(string File, string Model, string Operation, JsonObject Metadata, JsonObject Http)
{
    public override string ToString() => $"{File}: {Model} {Operation}";
}
