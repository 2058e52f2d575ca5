using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Inventory.Testing.Kubernetes;

/// <summary>
/// A container's environment as the kubelet builds it: env entries in order, <c>$(VAR)</c>
/// references to earlier entries expanded, <c>valueFrom.fieldRef</c> read from the pod.
/// Secret and ConfigMap references cannot be resolved here (the container would not start).
/// </summary>
internal static partial class ContainerEnvironment
{
    /// <returns>The variables, or null with <paramref name="error"/> when an entry cannot be resolved.</returns>
    public static Dictionary<string, string>? Resolve(JsonObject pod, JsonObject container, out string? error)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var variable in KubeJson.Objects(container["env"]))
        {
            var name = KubeJson.String(variable["name"])!;
            if (variable["valueFrom"] is JsonObject source)
            {
                if (source["fieldRef"]?["fieldPath"] is { } path)
                {
                    environment[name] = FieldRef(pod, KubeJson.String(path) ?? "");
                    continue;
                }

                var reference = source["secretKeyRef"] ?? source["configMapKeyRef"];
                if (KubeJson.Bool(reference?["optional"]) == true)
                {
                    continue;
                }

                error = $"couldn't find key {KubeJson.String(reference?["key"])} in {(source["secretKeyRef"] is null ? "ConfigMap" : "Secret")} {pod["metadata"]?["namespace"]}/{KubeJson.String(reference?["name"])}";
                return null;
            }

            environment[name] = Expand(KubeJson.String(variable["value"]) ?? "", environment);
        }

        error = null;
        return environment;
    }

    /// <summary><c>$(NAME)</c> becomes the variable's value when defined; <c>$$</c> is a literal <c>$</c>.</summary>
    public static string Expand(string text, IReadOnlyDictionary<string, string> environment) =>
        Reference().Replace(text, match => match.Value switch
        {
            "$$" => "$",
            _ when environment.TryGetValue(match.Groups["name"].Value, out var value) => value,
            _ => match.Value,
        });

    private static string FieldRef(JsonObject pod, string path)
    {
        if (Indexed().Match(path) is { Success: true } indexed)
        {
            return KubeJson.String(pod["metadata"]?[indexed.Groups["map"].Value]?[indexed.Groups["key"].Value]) ?? "";
        }

        return path switch
        {
            "metadata.labels" or "metadata.annotations" => Lines(KubeJson.StringMap(pod["metadata"]?[path.Split('.')[1]])),
            "status.hostIPs" or "status.podIPs" => "127.0.0.1",
            _ => KubeJson.String(path.Split('.').Aggregate((JsonNode?)pod, (node, part) => node?[part])) ?? "",
        };
    }

    private static string Lines(IReadOnlyDictionary<string, string> map) =>
        map.OrderBy(entry => entry.Key, StringComparer.Ordinal)
            .Aggregate(new StringBuilder(), (text, entry) => text.Append(entry.Key).Append("=\"").Append(entry.Value).Append("\"\n"))
            .ToString().TrimEnd('\n');

    [GeneratedRegex(@"\$\$|\$\((?<name>[^()]*)\)")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^metadata\.(?<map>labels|annotations)\['(?<key>[^']*)'\]$")]
    private static partial Regex Indexed();
}
