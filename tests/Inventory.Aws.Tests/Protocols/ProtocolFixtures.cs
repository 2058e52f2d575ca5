using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Inventory.Aws.Model;

namespace Inventory.Aws.Tests.Protocols;

/// <summary>
/// The protocol fixtures (Fixtures/&lt;protocol&gt;.json, botocore's protocol-test layout): per file,
/// "input", "output" and "errors" cases, each naming an embedded service model or one of the
/// file's own "models" (for wire features no embedded read operation has). A case's id is
/// <c>protocol/kind/name</c>, so each runs and fails on its own.
/// </summary>
internal static class ProtocolFixtures
{
    private static readonly Lazy<Dictionary<string, FixtureCase>> Cases = new(Load);

    public static TheoryData<string> Ids(string kind) =>
        new(Cases.Value.Where(entry => entry.Value.Kind == kind).Select(entry => entry.Key).Order(StringComparer.Ordinal));

    public static FixtureCase Get(string id) => Cases.Value[id];

    private static Dictionary<string, FixtureCase> Load()
    {
        var cases = new Dictionary<string, FixtureCase>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(FixtureDirectory(), "*.json"))
        {
            var protocol = Path.GetFileNameWithoutExtension(file);
            var document = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            var models = document["models"]?.AsObject();
            foreach (var kind in new[] { "input", "output", "errors" })
            {
                foreach (var node in document[kind]?.AsArray() ?? [])
                {
                    var definition = node!.AsObject();
                    var name = (string)definition["name"]!;
                    var service = (string)definition["service"]!;
                    var model = models?[service] is JsonObject inline ? ServiceModel.Load(service, inline) : ServiceModels.Get(service);
                    if (!cases.TryAdd($"{protocol}/{kind}/{name}", new FixtureCase(protocol, kind, model, definition)))
                    {
                        throw new InvalidDataException($"{file} has two {kind} cases named '{name}'.");
                    }
                }
            }
        }

        return cases;
    }

    /// <summary>Beside the test binary when the fixtures are copied there, else in the source tree.</summary>
    private static string FixtureDirectory([CallerFilePath] string source = "")
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "Protocols", "Fixtures");
        return Directory.Exists(copied) ? copied : Path.Combine(Path.GetDirectoryName(source)!, "Fixtures");
    }
}

/// <summary>One fixture case: its protocol (the file's name), kind, service model and definition.</summary>
internal sealed record FixtureCase(string Protocol, string Kind, ServiceModel Model, JsonObject Definition)
{
    public OperationModel Operation => Model.Operation((string)Definition["operation"]!);
}
