using System.Net;
using System.Text.Json.Nodes;

namespace Inventory.Testing.Tests.Kubernetes;

/// <summary>A response: status, the JSON body when there is one, the raw text, Retry-After.</summary>
internal sealed record Reply(HttpStatusCode Status, JsonObject? Json, string Text, TimeSpan? RetryAfter)
{
    public string? Reason => Json?["reason"]?.GetValue<string>();

    public string? Message => Json?["message"]?.GetValue<string>();
}
