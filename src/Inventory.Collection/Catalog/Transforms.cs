using System.Text.Json.Nodes;
using Inventory.Aws.Model;

namespace Inventory.Collection.Catalog;

/// <summary>
/// The quirks catalog entries apply by name (<c>"transform": "s3_location"</c>, <c>{Id|basename}</c>):
/// the named rows of the one quirk table (Inventory.Aws, Model/Quirks.cs), each used only where its
/// (service, operation, stage) key says.
/// </summary>
public static class Transforms
{
    public static IEnumerable<string> Names => Quirks.All.Select(quirk => quirk.Name).OfType<string>();

    public static JsonNode? Apply(string name, JsonNode? value) =>
        Quirks.Named(name)?.Value is { } transform
            ? transform(value)
            : throw new KeyNotFoundException($"No catalog transform is named '{name}'.");

    /// <summary>One line for each named quirk a resource applies where its key does not cover.</summary>
    public static IEnumerable<string> Misplaced(ServiceModel model, CatalogResource resource)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(resource);
        var uses = Filters(model, resource.Operation, QuirkStage.RequestInput, resource.Inputs.Prepend(resource.Input).SelectMany(Templates))
            .Concat(Filters(model, resource.Operation, QuirkStage.RecordValue, resource.Extra.Values.Append(resource.Arn)))
            .Concat(resource.Details.SelectMany(detail => Filters(model, detail.Operation, QuirkStage.RequestInput, Templates(detail.Input))
                .Concat(detail.Transform is { } name ? [(model, detail.Operation, QuirkStage.RecordValue, name)] : [])));
        if (resource.Each is { } each && (each.Model is null || ServiceModels.Names.Contains(each.Model)))
        {
            uses = uses.Concat(Filters(each.Model is { } other ? ServiceModels.Get(other) : model, each.Operation, QuirkStage.RequestInput, Templates(each.Input)));
        }

        foreach (var (service, operation, stage, name) in uses)
        {
            if (Quirks.Named(name) is { } quirk && !(quirk.Stage == stage && quirk.Covers(service, operation)))
            {
                yield return $"{resource.Operation} ({resource.AssetType}): '{name}' is the quirk {quirk}, not one of ({service.Name}, {operation}, {stage})";
            }
        }
    }

    private static IEnumerable<string> Templates(JsonObject input) => input.Select(pair => pair.Value?.ToString() ?? "");

    private static IEnumerable<(ServiceModel Service, string Operation, QuirkStage Stage, string Name)> Filters(
        ServiceModel service, string operation, QuirkStage stage, IEnumerable<string> templates) =>
        templates.SelectMany(Template.Filters).Select(name => (service, operation, stage, name));
}
