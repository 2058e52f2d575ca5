using System.Text.Json.Nodes;
using Inventory.Aws.Http;
using Inventory.Aws.Model;
using Inventory.Aws.Paths;

namespace Inventory.Aws.Pagination;

/// <summary>
/// Carries a paginated operation from one page to the next: reads the output tokens, writes
/// them into the next request's input tokens, and notices a token the service already gave.
/// </summary>
internal sealed class PageTokens(OperationModel operation)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>
    /// Null when there is no next page; otherwise prepares <paramref name="request"/> for it, or
    /// returns an error when the tokens repeat (following them would loop forever).
    /// </summary>
    public NextPage? Next(JsonObject output, JsonObject request)
    {
        if (operation.Paginator is not { } paginator)
        {
            return null;
        }

        if (paginator.MoreResults is { } more && !IsTrue(DataPath.Parse(more).Select(output)))
        {
            return null;
        }

        var tokens = paginator.OutputTokens.Select(path => DataPath.Parse(path).Select(output)).ToArray();
        if (tokens.All(token => token is null || token.ToJsonString() is "\"\"" or "null"))
        {
            return null;
        }

        var signature = string.Join('\u001f', tokens.Select(token => token?.ToJsonString()));
        if (!_seen.Add(signature))
        {
            return new NextPage(new AwsError(
                "RepeatedPaginationToken",
                $"{operation.Service.Name} {operation.Name} returned a page token it had already returned; stopped paging to avoid a loop.",
                200));
        }

        for (var i = 0; i < paginator.InputTokens.Count; i++)
        {
            var token = i < tokens.Length ? tokens[i] : null;
            if (token is null)
            {
                request.Remove(paginator.InputTokens[i]);
            }
            else
            {
                request[paginator.InputTokens[i]] = token.DeepClone();
            }
        }

        return new NextPage(null);
    }

    private static bool IsTrue(JsonNode? node) =>
        node is JsonValue value && (value.TryGetValue<bool>(out var flag) ? flag : string.Equals(value.ToString(), "true", StringComparison.OrdinalIgnoreCase));
}

