using System.Text.Json.Nodes;
using Inventory.Deployment.Tests.Support;

namespace Inventory.Deployment.Tests.CloudFormation;

/// <summary>Each template parses with its tags, and refers only to what it declares.</summary>
public sealed class TemplateTests
{
    public static TheoryData<string> Templates() =>
        [.. Directory.GetFiles(Repository.PathOf("infrastructure", "cloudformation"), "*.yaml").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_four_templates_are_there()
    {
        Assert.Equal(
            ["inventory-role.yaml", "inventory-stackset.yaml", "management-account.yaml", "security-account.yaml"],
            Directory.GetFiles(Repository.PathOf("infrastructure", "cloudformation")).Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Parses_as_a_template(string file)
    {
        var template = CfnTemplate.Load(file);
        Assert.Equal("2010-09-09", template.Root.Str("AWSTemplateFormatVersion"));
        Assert.False(string.IsNullOrWhiteSpace(template.Root.Str("Description")));
        Assert.NotEmpty(template.Resources);
        Assert.All(template.Resources, r => Assert.Matches("^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$", r.Value.Str("Type") ?? ""));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Refers_only_to_what_it_declares(string file)
    {
        var template = CfnTemplate.Load(file);
        var references = CfnReferences.In(template.Root).Distinct().ToList();
        foreach (var (kind, name) in references)
        {
            var declared = kind switch
            {
                "value" => CfnEvaluator.Pseudo.ContainsKey(name) || name == "AWS::NoValue" || template.Parameters.ContainsKey(name) || template.Resources.ContainsKey(name),
                "resource" => template.Resources.ContainsKey(name),
                _ => template.Conditions.ContainsKey(name),
            };
            Assert.True(declared, $"{file}: {kind} {name} is not declared");
        }

        Assert.All(template.Resources.Where(r => r.Value.Str("Condition") is not null), r => Assert.True(template.Conditions.ContainsKey(r.Value.Str("Condition")!), r.Key));
        Assert.All(template.Parameters, p => Assert.Contains(("value", p.Key), references));
        Assert.All(template.Conditions, c => Assert.True(
            references.Contains(("condition", c.Key)) || template.Resources.Any(r => r.Value.Str("Condition") == c.Key), $"{file}: condition {c.Key} is unused"));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Tags_what_it_creates_as_the_inventory(string file)
    {
        var template = CfnTemplate.Load(file);
        Assert.All(template.Resources.Where(r => r.Value.Str("Type") is "AWS::IAM::Role" or "AWS::S3::Bucket"), r =>
            Assert.Contains(r.Value.Objects("Properties", "Tags"), tag => tag.Str("Key") == "app" && tag.Str("Value") == "inventory"));
    }

    internal static JsonNode? Property(CfnEvaluator evaluator, JsonObject resource, params string[] path) =>
        evaluator.Evaluate(resource.At(["Properties", .. path]));
}
