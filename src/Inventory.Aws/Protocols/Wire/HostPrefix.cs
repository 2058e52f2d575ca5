using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Inventory.Aws.Model;

namespace Inventory.Aws.Protocols.Wire;

/// <summary>Fills an operation's host prefix (e.g. <c>{AccountId}.</c>) from the input's top-level members.</summary>
internal static partial class HostPrefix
{
    public static string? Expand(OperationModel operation, JsonObject input) =>
        operation.HostPrefix is not { } template
            ? null
            : Label().Replace(template, match =>
                input[match.Groups[1].Value] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0
                    ? text
                    : throw new ArgumentException($"{operation.Name} needs '{match.Groups[1].Value}' for its host.", nameof(input)));

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Label();
}
