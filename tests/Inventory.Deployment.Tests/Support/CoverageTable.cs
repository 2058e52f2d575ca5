using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Inventory.Deployment.Tests.Support;

/// <summary>
/// README.md's coverage table, generated from the catalog: every service, where it is collected,
/// its asset types, the calls it makes in a region where it has nothing, and the IAM permission
/// each call needs. INVENTORY_WRITE_COVERAGE=1 rewrites README.md's table.
/// </summary>
internal static class CoverageTable
{
    public const string Start = "<!-- coverage table: generated from the catalog by tests/Inventory.Deployment.Tests/Support/CoverageTable.cs; do not edit -->";
    public const string End = "<!-- end of the coverage table -->";

    public static string Generate()
    {
        var services = Files().ToList();
        var text = new StringBuilder();
        text.Append(Start).Append('\n');
        var everyRegion = services.Where(s => s.Where == "every region").Sum(s => s.CallsWhenEmpty);
        var global = services.Where(s => s.Where == "global").Sum(s => s.CallsWhenEmpty);
        text.Append(CultureInfo.InvariantCulture, $"{services.Count} services, {services.Sum(s => s.AssetTypes.Count)} asset types. ");
        text.Append(CultureInfo.InvariantCulture, $"An account with nothing in it costs {everyRegion} calls in each region and {global} for the global services, ");
        text.Append("plus those of services collected in some regions only (ECR Public in us-east-1), and region discovery.\n\n");
        text.Append("| service | alias | where | asset types | calls when empty | calls and the permission each needs |\n");
        text.Append("|---|---|---|---|---|---|\n");
        foreach (var service in services)
        {
            var calls = Catalog.Calls.Where(c => c.File == service.File).Select(Permission);
            text.Append(CultureInfo.InvariantCulture,
                $"| {service.Service} | `{service.Alias}` | {service.Where} | {string.Join(", ", service.AssetTypes.Select(a => $"`{a}`"))} | {service.CallsWhenEmpty} | {string.Join(", ", calls)} |\n");
        }

        text.Append(End);
        return text.ToString();
    }

    /// <summary>README.md's current table, between its markers ("" when it has none).</summary>
    public static string Current(string readme)
    {
        var (start, end) = (readme.IndexOf(Start, StringComparison.Ordinal), readme.IndexOf(End, StringComparison.Ordinal));
        return start < 0 || end < start ? "" : readme[start..(end + End.Length)];
    }

    public static string WithTable(string readme, string table)
    {
        var (start, end) = (readme.IndexOf(Start, StringComparison.Ordinal), readme.IndexOf(End, StringComparison.Ordinal));
        if (start < 0 || end < start)
        {
            throw new InvalidDataException($"README.md has no coverage table markers ({Start} … {End})");
        }

        return readme[..start] + table + readme[(end + End.Length)..];
    }

    // "ListFunctions: lambda:ListFunctions" reads as "lambda:ListFunctions"; the exceptions name both.
    private static string Permission(CatalogCall call)
    {
        var permission = IamActions.For(call);
        var action = permission.Action.Split(':', 2)[1];
        if (action == call.Operation)
        {
            return $"`{permission.Action}`";
        }

        var on = permission.Action == "apigateway:GET" ? " on `" + permission.Resource.Split("::", 2)[1].Replace("abc123", "*", StringComparison.Ordinal) + "`" : "";
        return $"{call.Operation}: `{permission.Action}`{on}";
    }

    private static IEnumerable<ServiceFile> Files()
    {
        var folder = Repository.PathOf("src", "Inventory.Collection", "Catalog", "Services");
        return Directory.GetFiles(folder, "*.json").Select(path => ServiceFile.Read(path))
            .OrderBy(s => s.Service, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.File, StringComparer.Ordinal);
    }

    private sealed record ServiceFile(string File, string Service, string Alias, string Where, IReadOnlyList<string> AssetTypes, int CallsWhenEmpty)
    {
        public static ServiceFile Read(string path)
        {
            var node = JsonNode.Parse(System.IO.File.ReadAllText(path))!;
            var regions = node.Strings("regions");
            var where = node.Bool("global") == true ? "global" : regions.Count > 0 ? string.Join(", ", regions) + " only" : "every region";
            var collect = node.Objects("collect").ToList();
            // Each listing once (once per input when it has several), and a poll's first call.
            var empty = collect.Sum(c => Math.Max(1, c.At("inputs") is JsonArray inputs ? inputs.Count : 0) + (c.At("poll") is null ? 0 : 1));
            return new ServiceFile(Path.GetFileName(path), node.Str("service")!, node.Str("alias")!, where,
                [.. collect.Select(c => c.Str("asset_type")!).Distinct(StringComparer.Ordinal)], empty);
        }
    }
}
