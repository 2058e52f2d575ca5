using System.Text.Json.Nodes;

namespace Inventory.Deployment.Tests.Support;

/// <summary>
/// An IAM policy document, read strictly (Version 2012-10-17, no NotAction/NotResource/NotPrincipal),
/// and a small evaluator. Conditions are taken as met, so "not allowed" is the safe answer: an
/// action it refuses is refused whatever the request's context.
/// </summary>
internal sealed class Policy
{
    private Policy(IReadOnlyList<PolicyStatement> statements) => Statements = statements;

    public IReadOnlyList<PolicyStatement> Statements { get; }

    public IEnumerable<string> AllowedActions =>
        Statements.Where(s => s.Effect == "Allow").SelectMany(s => s.Actions).Distinct(StringComparer.Ordinal);

    public static Policy Parse(JsonNode? document)
    {
        // CloudFormation may hold a document as a JSON string (trust policies built with Fn::Sub).
        if (document is JsonValue text && text.TryGetValue<string>(out var json))
        {
            document = JsonNode.Parse(json);
        }

        Assert.Equal("2012-10-17", document.Str("Version"));
        var statements = document.At("Statement") switch
        {
            JsonArray many => many.Select(Statement).ToList(),
            JsonObject one => [Statement(one)],
            _ => throw new InvalidDataException("a policy without statements"),
        };
        return new Policy(statements);
    }

    public bool Allows(string action, string resource) =>
        Statements.Any(s => s.Effect == "Allow" && s.Covers(action, resource))
        && !Statements.Any(s => s.Effect == "Deny" && s.Condition is null && s.Covers(action, resource));

    private static PolicyStatement Statement(JsonNode? node)
    {
        var statement = Assert.IsType<JsonObject>(node);
        foreach (var forbidden in new[] { "NotAction", "NotResource", "NotPrincipal" })
        {
            Assert.False(statement.ContainsKey(forbidden), $"{statement.Str("Sid")}: {forbidden} grants by exclusion");
        }

        var effect = statement.Str("Effect");
        Assert.True(effect is "Allow" or "Deny", $"Effect {effect}");
        return new PolicyStatement(statement.Str("Sid"), effect!, statement.Strings("Action"), statement.Strings("Resource"), statement.At("Principal"), statement.At("Condition") as JsonObject);
    }
}
