using System.Text.RegularExpressions;

namespace Inventory.Deployment.Tests.Support;

/// <summary>
/// The Kubernetes API's object shapes for one version, read from the kubernetes-types package
/// (TypeScript declarations generated from that version's OpenAPI document, vendored under
/// Schemas/): each interface's fields, which are required (no <c>?</c>), and their types.
/// </summary>
internal sealed partial class KubernetesTypes
{
    private readonly Dictionary<string, TypeFile> _files = new(StringComparer.Ordinal);
    private readonly string _root;

    private KubernetesTypes(string root) => _root = root;

    /// <summary>The oldest Kubernetes version the deployment supports; its API is what manifests are checked against.</summary>
    public static KubernetesTypes Oldest { get; } = new(Repository.PathOf("tests", "Inventory.Deployment.Tests", "Schemas", "kubernetes-types-1.26.0"));

    /// <summary>The declarations file of an apiVersion: <c>batch/v1</c> is batch/v1.d.ts, <c>v1</c> core/v1.d.ts, <c>rbac.authorization.k8s.io/v1</c> rbac/v1.d.ts.</summary>
    public static string FileOf(string apiVersion) => apiVersion.Split('/') switch
    {
        [var version] => $"core/{version}",
        [var group, var version] => $"{group.Split('.')[0]}/{version}",
        _ => throw new ArgumentException($"not an apiVersion: {apiVersion}", nameof(apiVersion)),
    };

    /// <summary>What a type name means in a file: an interface, an alias (<c>Quantity = string</c>), or one imported from another file.</summary>
    public (string File, TypeShape? Interface, string? Alias) Resolve(string file, string name)
    {
        var declared = Load(file);
        if (declared.Interfaces.TryGetValue(name, out var shape))
        {
            return (file, shape, null);
        }

        if (declared.Aliases.TryGetValue(name, out var alias))
        {
            return (file, null, alias);
        }

        return declared.Imports.TryGetValue(name, out var from) ? Resolve(from, name) : (file, null, null);
    }

    private TypeFile Load(string file)
    {
        if (!_files.TryGetValue(file, out var parsed))
        {
            parsed = Parse(file, File.ReadAllText(Path.Combine(_root, file + ".d.ts")));
            _files[file] = parsed;
        }

        return parsed;
    }

    private static TypeFile Parse(string file, string text)
    {
        text = Comment().Replace(text, string.Empty);
        var folder = Path.GetDirectoryName(file) ?? string.Empty;
        var imports = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match import in Import().Matches(text))
        {
            var from = Path.GetRelativePath(".", Path.Combine(folder, import.Groups["from"].Value)).Replace('\\', '/');
            foreach (var name in import.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                imports[name] = from;
            }
        }

        var aliases = Alias().Matches(text).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["type"].Value.Trim(), StringComparer.Ordinal);
        var interfaces = new Dictionary<string, TypeShape>(StringComparer.Ordinal);
        foreach (Match declaration in Interface().Matches(text))
        {
            var fields = Field().Matches(declaration.Groups["body"].Value).ToDictionary(
                m => m.Groups["name"].Value,
                m => new TypeField(m.Groups["optional"].Value.Length == 0, m.Groups["map"].Success ? "{" + m.Groups["map"].Value.Trim() + "}" : m.Groups["type"].Value.Trim()),
                StringComparer.Ordinal);
            interfaces[declaration.Groups["name"].Value] = new TypeShape(declaration.Groups["name"].Value, fields);
        }

        return new TypeFile(interfaces, aliases, imports);
    }

    [GeneratedRegex(@"/\*.*?\*/|^\s*//[^\n]*", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^import \{(?<names>[^}]*)\} from ""(?<from>[^""]+)"";", RegexOptions.Multiline)]
    private static partial Regex Import();

    [GeneratedRegex(@"^export (?:declare )?type (?<name>\w+) = (?<type>[^;]+);", RegexOptions.Multiline)]
    private static partial Regex Alias();

    [GeneratedRegex(@"^export interface (?<name>\w+) \{(?<body>.*?)\n\}", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Interface();

    [GeneratedRegex(@"^\s{4}(?<name>[\w$-]+)(?<optional>\??): (?:\{\s*\[\w+: string\]: (?<map>[^;]+);\s*\}|(?<type>[^;{\n]+));", RegexOptions.Multiline)]
    private static partial Regex Field();

    private sealed record TypeFile(Dictionary<string, TypeShape> Interfaces, Dictionary<string, string> Aliases, Dictionary<string, string> Imports);
}
