using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inventory.Deployment.Tests.Support;

/// <summary>
/// The inventory role's read permissions, generated from the catalog: every action the catalog's
/// calls need (and the runner's own), grouped by IAM service prefix and packed, in alphabetical
/// order, into customer-managed policies that each fit IAM's 6,144-character quota. They are
/// infrastructure/iam/inventory-read-policy-N.json and the InventoryReadN resources of
/// infrastructure/cloudformation/inventory-role.yaml; INVENTORY_WRITE_POLICY=1 rewrites both.
/// </summary>
internal static class InventoryReadPolicies
{
    /// <summary>IAM's quota for one customer-managed policy, white space not counted.</summary>
    public const int ManagedPolicyQuota = 6_144;

    /// <summary>Managed policies a role may have attached (IAM's default quota).</summary>
    public const int ManagedPoliciesPerRole = 10;

    /// <summary>AWS managed policies the inventory role has besides its own.</summary>
    public static readonly IReadOnlyList<string> AwsManaged = ["arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"];

    /// <summary>Packed below the quota, so a longer partition name (aws-us-gov) still fits.</summary>
    public const int PackingLimit = ManagedPolicyQuota - 200;

    // API Gateway authorizes by HTTP method on resource paths: only the APIs' own paths are granted
    // (not /apikeys, whose GET returns the keys' values).
    private static readonly string[] ApiGatewayResources =
        ["/restapis", "/restapis/*", "/domainnames", "/apis", "/apis/*"];

    public const string RoleTemplate = "inventory-role.yaml";
    public const string BlockStart = "  # Generated from the catalog (tests/Inventory.Deployment.Tests/Support/InventoryReadPolicies.cs): do not edit.";
    public const string BlockEnd = "  # End of the generated read policies.";

    public static string FileName(int part) => $"inventory-read-policy-{part}.json";

    public static string ResourceName(int part) => $"InventoryRead{part}";

    /// <summary>The policy files as they are in infrastructure/iam, in part order.</summary>
    public static IReadOnlyList<string> Files() =>
        [.. Directory.GetFiles(Repository.PathOf("infrastructure", "iam"), "inventory-read-policy-*.json")
            .Select(Path.GetFileName).Cast<string>()
            .OrderBy(name => int.Parse(name["inventory-read-policy-".Length..^".json".Length], System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>All the documents' statements as one policy: what the role is allowed by its own policies.</summary>
    public static Policy Combined(IReadOnlyDictionary<string, string>? values = null)
    {
        var statements = new JsonArray();
        foreach (var file in Files())
        {
            foreach (var statement in IamTemplates.Resolve(file, values)["Statement"]!.AsArray())
            {
                statements.Add(statement!.DeepClone());
            }
        }

        return Policy.Parse(new JsonObject { ["Version"] = "2012-10-17", ["Statement"] = statements });
    }

    /// <summary>The documents the catalog calls for, each with the service prefixes it holds.</summary>
    public static IReadOnlyList<(JsonObject Document, IReadOnlyList<string> Prefixes)> Expected()
    {
        var actions = Catalog.Calls.Select(IamActions.For).Concat(IamActions.RunnerCalls)
            .Select(p => p.Action).Where(a => a != "apigateway:GET")
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var apiGateway = Catalog.Calls.Select(IamActions.For).Any(p => p.Action == "apigateway:GET");
        var byPrefix = actions.GroupBy(a => a.Split(':')[0], StringComparer.Ordinal).Select(g => (Prefix: g.Key, Actions: g.ToList())).ToList();
        if (apiGateway && !byPrefix.Any(g => g.Prefix == "apigateway"))
        {
            byPrefix.Add(("apigateway", []));
            byPrefix.Sort((a, b) => string.CompareOrdinal(a.Prefix, b.Prefix));
        }

        var parts = new List<(JsonObject, IReadOnlyList<string>)>();
        var current = new List<(string Prefix, List<string> Actions)>();
        foreach (var group in byPrefix)
        {
            if (current.Count > 0 && Size(Document([.. current, group])) > PackingLimit)
            {
                parts.Add((Document(current), current.Select(g => g.Prefix).ToList()));
                current = [];
            }

            current.Add(group);
        }

        if (current.Count > 0)
        {
            parts.Add((Document(current), current.Select(g => g.Prefix).ToList()));
        }

        return parts;
    }

    /// <summary>Characters IAM counts: the document with the sample partition, white space removed.</summary>
    public static int Size(JsonNode document)
    {
        var text = document.ToJsonString().Replace("${AWS::Partition}", IamTemplates.Sample["AWS::Partition"], StringComparison.Ordinal);
        return text.Count(c => !char.IsWhiteSpace(c));
    }

    /// <summary>infrastructure/iam's text of one document.</summary>
    public static string FileText(JsonObject document) =>
        document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    /// <summary>The role template's block of AWS::IAM::ManagedPolicy resources, between its markers.</summary>
    public static string RoleTemplateBlock(IReadOnlyList<(JsonObject Document, IReadOnlyList<string> Prefixes)> parts)
    {
        var text = new StringBuilder();
        text.Append(BlockStart).Append('\n');
        for (var i = 0; i < parts.Count; i++)
        {
            var (document, prefixes) = parts[i];
            text.Append($"  {ResourceName(i + 1)}:\n");
            text.Append("    Type: AWS::IAM::ManagedPolicy\n");
            text.Append("    Properties:\n");
            text.Append($"      Description: AWS inventory - catalog reads {i + 1} of {parts.Count} ({prefixes[0]} to {prefixes[^1]}), {FileName(i + 1)}\n");
            text.Append("      Roles:\n        - !Ref InventoryRole\n");
            text.Append("      PolicyDocument:\n");
            text.Append("        Version: \"2012-10-17\"\n");
            text.Append("        Statement:\n");
            foreach (var statement in document["Statement"]!.AsArray())
            {
                text.Append($"          - Sid: {statement!["Sid"]}\n");
                text.Append("            Effect: Allow\n");
                AppendList(text, "Action", statement["Action"]!);
                AppendList(text, "Resource", statement["Resource"]!);
            }
        }

        text.Append(BlockEnd);
        return text.ToString();
    }

    /// <summary>The role template's text with <paramref name="block"/> in place of its generated block.</summary>
    public static string WithBlock(string template, string block)
    {
        var start = template.IndexOf(BlockStart, StringComparison.Ordinal);
        var end = template.IndexOf(BlockEnd, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidDataException($"{RoleTemplate}: no generated block ({BlockStart.Trim()} … {BlockEnd.Trim()})");
        }

        return template[..start] + block + template[(end + BlockEnd.Length)..];
    }

    /// <summary>The role template's current generated block.</summary>
    public static string CurrentBlock(string template)
    {
        var start = template.IndexOf(BlockStart, StringComparison.Ordinal);
        var end = template.IndexOf(BlockEnd, StringComparison.Ordinal);
        return start < 0 || end < start ? "" : template[start..(end + BlockEnd.Length)];
    }

    /// <summary>Writes the generated documents and block (INVENTORY_WRITE_POLICY=1).</summary>
    public static void Write()
    {
        var parts = Expected();
        foreach (var old in Files())
        {
            File.Delete(Repository.PathOf("infrastructure", "iam", old));
        }

        for (var i = 0; i < parts.Count; i++)
        {
            File.WriteAllText(Repository.PathOf("infrastructure", "iam", FileName(i + 1)), FileText(parts[i].Document));
        }

        var path = Repository.PathOf("infrastructure", "cloudformation", RoleTemplate);
        File.WriteAllText(path, WithBlock(File.ReadAllText(path), RoleTemplateBlock(parts)));
    }

    private static JsonObject Document(IEnumerable<(string Prefix, List<string> Actions)> groups)
    {
        var list = groups.ToList();
        var statements = new JsonArray();
        var reads = list.SelectMany(g => g.Actions).ToList();
        if (reads.Count > 0)
        {
            statements.Add(new JsonObject
            {
                ["Sid"] = "CatalogReads",
                ["Effect"] = "Allow",
                ["Action"] = new JsonArray([.. reads.Select(a => (JsonNode)a)]),
                ["Resource"] = "*",
            });
        }

        if (list.Any(g => g.Prefix == "apigateway"))
        {
            statements.Add(new JsonObject
            {
                ["Sid"] = "ApiGatewayReads",
                ["Effect"] = "Allow",
                ["Action"] = "apigateway:GET",
                ["Resource"] = new JsonArray([.. ApiGatewayResources.Select(p => (JsonNode)("arn:${AWS::Partition}:apigateway:*::" + p))]),
            });
        }

        return new JsonObject { ["Version"] = "2012-10-17", ["Statement"] = statements };
    }

    private static void AppendList(StringBuilder text, string key, JsonNode value)
    {
        static string Scalar(string s) =>
            s.Contains("${", StringComparison.Ordinal) ? "!Sub " + s : s == "*" ? "\"*\"" : s;

        if (value is JsonArray array)
        {
            text.Append($"            {key}:\n");
            foreach (var item in array)
            {
                text.Append($"              - {Scalar((string)item!)}\n");
            }
        }
        else
        {
            text.Append($"            {key}: {Scalar((string)value!)}\n");
        }
    }
}
