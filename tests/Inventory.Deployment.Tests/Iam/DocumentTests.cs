using System.Text.Json;
using Inventory.Deployment.Tests.Support;

namespace Inventory.Deployment.Tests.Iam;

/// <summary>Every JSON document in infrastructure/ parses; the IAM templates use only known placeholders.</summary>
public sealed class DocumentTests
{
    private static readonly string[] KnownPlaceholders =
        ["AWS::Partition", "AWS::AccountId", "OidcProvider", "Bucket", "InventoryRolePath", "InventoryRoleName", "RunnerRoleArn", "ExternalId"];

    public static TheoryData<string> JsonFiles() =>
        [.. Directory.GetFiles(Repository.PathOf("infrastructure"), "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Repository.Root, path)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> IamFiles() => [.. IamFileNames()];

    private static List<string> IamFileNames() =>
        [.. Directory.GetFiles(Repository.PathOf("infrastructure", "iam"), "*.json").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(JsonFiles))]
    public void Parses(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, file)));
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }

    [Theory]
    [MemberData(nameof(IamFiles))]
    public void Is_a_policy_with_known_placeholders(string file)
    {
        Assert.All(IamTemplates.Placeholders(file), name => Assert.Contains(name, KnownPlaceholders));
        Assert.NotEmpty(IamTemplates.Policy(file).Statements);
    }

    [Fact]
    public void The_documents_are_there()
    {
        var names = IamFileNames();
        var read = InventoryReadPolicies.Files();
        Assert.Equal(Enumerable.Range(1, read.Count).Select(InventoryReadPolicies.FileName), read);
        Assert.Equal(
            ["inventory-trust-policy.json", "orchestrator-permissions-policy.json",
             "orchestrator-trust-policy.json", "runner-permissions-policy.json", "runner-trust-policy.json"],
            names.Except(read));
    }
}
