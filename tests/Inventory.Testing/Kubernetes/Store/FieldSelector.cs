using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>
/// A parsed <c>fieldSelector</c> (<c>a=b</c>, <c>a==b</c>, <c>a!=b</c>, ANDed), limited to the
/// fields the API server indexes for each kind.
/// </summary>
internal sealed class FieldSelector
{
    private static readonly Dictionary<ResourceKind, Dictionary<string, Func<JsonObject, string>>> Fields = new()
    {
        [ResourceKind.Jobs] = new(StringComparer.Ordinal)
        {
            ["metadata.name"] = o => Path(o, "metadata", "name"),
            ["metadata.namespace"] = o => Path(o, "metadata", "namespace"),
            ["status.successful"] = o => (KubeJson.Long(o["status"]?["succeeded"]) ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
        [ResourceKind.Pods] = new(StringComparer.Ordinal)
        {
            ["metadata.name"] = o => Path(o, "metadata", "name"),
            ["metadata.namespace"] = o => Path(o, "metadata", "namespace"),
            ["spec.nodeName"] = o => Path(o, "spec", "nodeName"),
            ["spec.restartPolicy"] = o => Path(o, "spec", "restartPolicy"),
            ["spec.schedulerName"] = o => Path(o, "spec", "schedulerName"),
            ["spec.serviceAccountName"] = o => Path(o, "spec", "serviceAccountName"),
            ["status.phase"] = o => Path(o, "status", "phase"),
            ["status.podIP"] = o => Path(o, "status", "podIP"),
        },
    };

    private readonly IReadOnlyList<(Func<JsonObject, string> Field, string Value, bool Equal)> _requirements;

    private FieldSelector(IReadOnlyList<(Func<JsonObject, string>, string, bool)> requirements) => _requirements = requirements;

    public static FieldSelector Everything { get; } = new([]);

    public bool IsEmpty => _requirements.Count == 0;

    public bool Matches(JsonObject body) => _requirements.All(r => (r.Field(body) == r.Value) == r.Equal);

    /// <exception cref="ApiException">400 BadRequest for a malformed term or an unsupported field.</exception>
    public static FieldSelector Parse(ResourceKind kind, string? text, string? name = null)
    {
        var requirements = new List<(Func<JsonObject, string>, string, bool)>();
        if (name is not null)
        {
            requirements.Add((Fields[kind]["metadata.name"], name, true));
        }

        foreach (var term in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (op, at) = term.IndexOf("!=", StringComparison.Ordinal) is var ne and >= 0 ? ("!=", ne)
                : term.IndexOf("==", StringComparison.Ordinal) is var ee and >= 0 ? ("==", ee)
                : ("=", term.IndexOf('='));
            if (at <= 0)
            {
                throw new ApiException(Statuses.BadRequest($"invalid selector: '{text}'; can't understand '{term}'"));
            }

            var field = term[..at].Trim();
            if (!Fields[kind].TryGetValue(field, out var read))
            {
                throw new ApiException(Statuses.BadRequest($"field label not supported: {field}"));
            }

            requirements.Add((read, term[(at + op.Length)..].Trim(), op != "!="));
        }

        return requirements.Count == 0 ? Everything : new FieldSelector(requirements);
    }

    private static string Path(JsonObject body, string first, string second) => KubeJson.String(body[first]?[second]) ?? "";
}
