using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Inventory.Deployment.Tests.Support;

/// <summary>
/// infrastructure/iam/*.json: policy documents whose placeholders are CloudFormation Fn::Sub
/// variables (${AWS::Partition}, ${Bucket}…), filled in here as an operator would.
/// </summary>
internal static partial class IamTemplates
{
    public static readonly IReadOnlyDictionary<string, string> Sample = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AWS::Partition"] = "aws",
        ["AWS::AccountId"] = "222222222222",
        ["OidcProvider"] = "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE",
        ["Bucket"] = "example-org-aws-inventory",
        ["InventoryRolePath"] = "/",
        ["InventoryRoleName"] = "inventory",
        ["RunnerRoleArn"] = "arn:aws:iam::222222222222:role/Inventory-Runner",
        ["ExternalId"] = "example-external-id",
    };

    public static string Text(string file) => Repository.Read("infrastructure", "iam", file);

    public static JsonNode Resolve(string file, IReadOnlyDictionary<string, string>? values = null)
    {
        values ??= Sample;
        var text = Placeholder().Replace(Text(file), m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new KeyNotFoundException($"{file}: no value for ${{{m.Groups[1].Value}}}"));
        return JsonNode.Parse(text)!;
    }

    public static Policy Policy(string file, IReadOnlyDictionary<string, string>? values = null) => Support.Policy.Parse(Resolve(file, values));

    public static IReadOnlyList<string> Placeholders(string file) =>
        [.. Placeholder().Matches(Text(file)).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"\$\{([A-Za-z0-9:]+)\}")]
    private static partial Regex Placeholder();
}
