using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>
/// A list's <c>continue</c> token, shaped as the API server's: base64url of
/// <c>{"v":"meta.k8s.io/v1","rv":N,"start":"key\u0000"}</c>. The next page is served from the
/// snapshot at rv N, starting at the key.
/// </summary>
internal sealed record ContinueToken(long ResourceVersion, string Start)
{
    public string Encode()
    {
        var json = new JsonObject { ["v"] = "meta.k8s.io/v1", ["rv"] = ResourceVersion, ["start"] = Start };
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    /// <exception cref="ApiException">400 BadRequest when the token is not one of ours.</exception>
    public static ContinueToken Decode(string token)
    {
        try
        {
            var json = JsonNode.Parse(Base64Url.DecodeFromChars(token))!.AsObject();
            if (KubeJson.String(json["v"]) != "meta.k8s.io/v1" || KubeJson.Long(json["rv"]) is not { } rv || KubeJson.String(json["start"]) is not { } start)
            {
                throw new FormatException("not a continue token");
            }

            return new ContinueToken(rv, start);
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or InvalidOperationException)
        {
            throw new ApiException(Statuses.BadRequest($"continue key is not valid: {e.Message}"));
        }
    }
}
