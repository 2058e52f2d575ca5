using System.Text.Json.Nodes;

namespace Inventory.Deployment.Tests.Support;

/// <summary>One statement of a <see cref="Policy"/>.</summary>
internal sealed record PolicyStatement(string? Sid, string Effect, IReadOnlyList<string> Actions, IReadOnlyList<string> Resources, JsonNode? Principal, JsonObject? Condition)
{
    public bool Covers(string action, string resource) =>
        Actions.Any(a => Wildcard.Matches(a, action, ignoreCase: true)) && Resources.Any(r => Wildcard.Matches(r, resource, ignoreCase: false));
}
