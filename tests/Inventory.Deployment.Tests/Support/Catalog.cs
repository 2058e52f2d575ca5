using System.Text.Json.Nodes;

namespace Inventory.Deployment.Tests.Support;

/// <summary>
/// Every call src/Inventory.Collection/Catalog/Services/*.json makes: each "operation" anywhere
/// under "collect" (listings, follow-ups, their follow-ups), with the API model that names its
/// service (src/Inventory.Aws/ApiModels): the file's, or the one a call names.
/// </summary>
internal static class Catalog
{
    public static IReadOnlyList<CatalogCall> Calls { get; } = Load();

    private static List<CatalogCall> Load()
    {
        var calls = new List<CatalogCall>();
        var files = Directory.GetFiles(Repository.PathOf("src", "Inventory.Collection", "Catalog", "Services"), "*.json").Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var service = JsonNode.Parse(File.ReadAllText(file))!;
            var serviceModel = service.Str("model") ?? throw new InvalidDataException($"{file}: no model");
            var operations = new SortedSet<(string Model, string Operation)>();
            Collect(service.At("collect"), serviceModel, operations);
            foreach (var (modelName, operation) in operations)
            {
                var model = JsonNode.Parse(Repository.Read("src", "Inventory.Aws", "ApiModels", modelName + ".json"))!;
                var http = model.At("operations", operation, "http") as JsonObject
                    ?? throw new InvalidDataException($"{file}: {operation} is not in ApiModels/{modelName}.json");
                calls.Add(new CatalogCall(Path.GetFileName(file), modelName, operation, (JsonObject)model.At("metadata")!, http));
            }
        }

        return calls;
    }

    // A call naming a "model" (an "each" call of another service's model) is of that model.
    private static void Collect(JsonNode? node, string model, ISet<(string, string)> operations)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "operation" && value is JsonValue name && name.TryGetValue<string>(out var operation))
                    {
                        operations.Add((obj.Str("model") ?? model, operation));
                    }
                    else
                    {
                        Collect(value, model, operations);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, model, operations);
                }

                break;
        }
    }
}
