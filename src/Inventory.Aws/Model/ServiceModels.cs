using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Inventory.Aws.Model;

/// <summary>
/// The API models embedded in this library (ApiModels/*.json, trimmed from AWS's published
/// models to the operations we call), loaded once on first use.
/// </summary>
public static class ServiceModels
{
    private static readonly ConcurrentDictionary<string, Lazy<ServiceModel>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The embedded model for <paramref name="name"/> (e.g. <c>ec2</c>).</summary>
    public static ServiceModel Get(string name) =>
        Loaded.GetOrAdd(name, key => new Lazy<ServiceModel>(() => Load(key))).Value;

    /// <summary>Every embedded model's name.</summary>
    public static IEnumerable<string> Names =>
        typeof(ServiceModels).Assembly.GetManifestResourceNames()
            .Where(resource => resource.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(resource => resource[Prefix.Length..^".json".Length]);

    private const string Prefix = "Inventory.Aws.ApiModels.";

    private static ServiceModel Load(string name)
    {
        using var stream = typeof(ServiceModels).Assembly.GetManifestResourceStream(Prefix + name + ".json")
            ?? throw new KeyNotFoundException($"No API model is embedded for service '{name}'.");
        var document = JsonNode.Parse(stream)!.AsObject();
        return ServiceModel.Load(name, document, document);
    }
}
