using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Inventory.Testing.Kubernetes;

namespace Inventory.Testing.Tests.Kubernetes;

/// <summary>Raw HTTP against the fake, as a Kubernetes client would send it (no client library).</summary>
internal sealed class RawKube(FakeKubernetes fake) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = fake.Endpoint, Timeout = Timeout.InfiniteTimeSpan };

    public const string Jobs = "/apis/batch/v1/namespaces/inventory/jobs";
    public const string Pods = "/api/v1/namespaces/inventory/pods";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public Task<Reply> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<Reply> PostAsync(string path, JsonNode body) => SendAsync(HttpMethod.Post, path, body);

    public Task<Reply> DeleteAsync(string path, JsonNode? options = null) => SendAsync(HttpMethod.Delete, path, options);

    public async Task<Reply> SendAsync(HttpMethod method, string path, JsonNode? body = null, string? token = "", string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Length == 0 ? fake.Token : token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        using var response = await _http.SendAsync(request, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        var json = response.Content.Headers.ContentType?.MediaType == "application/json" ? JsonNode.Parse(text) as JsonObject : null;
        return new Reply(response.StatusCode, json, text, response.Headers.RetryAfter?.Delta);
    }

    /// <summary>Creates a Job and returns it as stored.</summary>
    public async Task<JsonObject> CreateJobAsync(JsonObject job)
    {
        var reply = await PostAsync(Jobs, job);
        Assert.True(reply.Status == HttpStatusCode.Created, reply.Text);
        return reply.Json!;
    }

    public async Task<WatchReader> WatchAsync(string pathAndQuery)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fake.Token);
        using var headers = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        headers.CancelAfter(TimeSpan.FromSeconds(10));
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, headers.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new WatchReader(request, response, await response.Content.ReadAsStreamAsync(Cancel));
    }

    public void Dispose() => _http.Dispose();
}
