using System.Text.Json.Nodes;
using Inventory.Aws.Model;

namespace Inventory.Aws.Protocols.Wire;

/// <summary>
/// Walks a caller's input against its shape. A name the shape does not have is a caller bug (a typo
/// in the catalog), so it fails loudly instead of being dropped; null values count as absent.
/// </summary>
internal static class InputMembers
{
    /// <summary>Each set member of <paramref name="input"/> with its model member, in input order.</summary>
    public static IEnumerable<(Member Member, JsonNode Value)> Of(Shape? shape, JsonObject input)
    {
        foreach (var (name, value) in input)
        {
            if (value is null)
            {
                continue;
            }

            if (shape is null || !shape.Members.TryGetValue(name, out var member))
            {
                throw new ArgumentException($"{shape?.Name ?? "The operation's input"} has no member '{name}'.", nameof(input));
            }

            yield return (member, value);
        }
    }

    public static JsonObject Object(JsonNode value, Shape shape) =>
        value as JsonObject ?? throw new ArgumentException($"{shape.Name} takes an object, not {value.ToJsonString()}.", nameof(value));

    public static JsonArray Array(JsonNode value, Shape shape) =>
        value as JsonArray ?? throw new ArgumentException($"{shape.Name} takes an array, not {value.ToJsonString()}.", nameof(value));
}
