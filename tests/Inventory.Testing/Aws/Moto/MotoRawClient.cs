using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inventory.Testing.Aws;

/// <summary>
/// Hand-written, unsigned AWS requests (query form, X-Amz-Target JSON, REST) to moto or to a proxy
/// in front of it. moto routes a request by the credential scope of its Authorization header, so each
/// request carries a scope (service, region) with a placeholder signature; moto does not check it
/// while auth is off. <c>x-moto-account-id</c> makes a request act as that account.
/// </summary>
public sealed class MotoRawClient(Uri endpoint, string accessKeyId = MotoCredentials.AccessKeyId) : IDisposable
{
    private static readonly string PlaceholderSignature = new('0', 64);

    internal HttpClient Http { get; } = new(new SocketsHttpHandler { UseProxy = false, UseCookies = false })
    {
        Timeout = TimeSpan.FromSeconds(100),
    };

    public Uri Endpoint { get; } = endpoint;

    /// <summary>A request scoped to (service, region), acting as <paramref name="accountId"/> when given.</summary>
    public HttpRequestMessage CreateRequest(HttpMethod method, string pathAndQuery, string service, string region, string? accountId)
    {
        var request = new HttpRequestMessage(method, new Uri(Endpoint, pathAndQuery.TrimStart('/')));
        request.Headers.TryAddWithoutValidation("Authorization",
            $"AWS4-HMAC-SHA256 Credential={accessKeyId}/20260101/{region}/{service}/aws4_request, " +
            $"SignedHeaders=host, Signature={PlaceholderSignature}");
        if (accountId is not null)
        {
            request.Headers.TryAddWithoutValidation("x-moto-account-id", accountId);
        }

        return request;
    }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct = default) =>
        Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);

    /// <summary>A query-protocol (form POST) call; returns the XML body, throws on an error status.</summary>
    public async Task<string> QueryAsync(
        string accountId, string service, string region, string version, string action,
        IEnumerable<KeyValuePair<string, string>>? parameters = null, CancellationToken ct = default)
    {
        var form = new List<KeyValuePair<string, string>> { new("Action", action), new("Version", version) };
        form.AddRange(parameters ?? []);
        using var request = CreateRequest(HttpMethod.Post, "/", service, region, accountId);
        request.Content = new FormUrlEncodedContent(form);
        return await SendCheckedAsync(request, service, action, ct);
    }

    /// <summary>A JSON-protocol call (X-Amz-Target); returns the parsed body, throws on an error status.</summary>
    public async Task<JsonElement> JsonAsync(
        string accountId, string service, string region, string target, JsonObject? payload = null,
        string jsonVersion = "1.1", CancellationToken ct = default)
    {
        using var request = CreateRequest(HttpMethod.Post, "/", service, region, accountId);
        request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        request.Content = JsonContent(payload ?? [], $"application/x-amz-json-{jsonVersion}");
        return ParseJson(await SendCheckedAsync(request, service, target, ct));
    }

    /// <summary>A REST call; returns the body as text, throws on an error status.</summary>
    public async Task<string> RestAsync(
        string accountId, string service, string region, HttpMethod method, string pathAndQuery,
        HttpContent? content = null, CancellationToken ct = default)
    {
        using var request = CreateRequest(method, pathAndQuery, service, region, accountId);
        request.Content = content;
        return await SendCheckedAsync(request, service, $"{method} {pathAndQuery}", ct);
    }

    public void Dispose() => Http.Dispose();

    internal static ByteArrayContent JsonContent(JsonNode body, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.ToJsonString()));
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    private static JsonElement ParseJson(string text)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text);
        return document.RootElement.Clone();
    }

    private async Task<string> SendCheckedAsync(HttpRequestMessage request, string service, string action, CancellationToken ct)
    {
        using var response = await SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        return response.IsSuccessStatusCode
            ? body
            : throw new MotoRequestException(service, action, (int)response.StatusCode, body);
    }
}
