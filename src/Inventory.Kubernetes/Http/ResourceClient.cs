using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Inventory.Kubernetes;

/// <summary>
/// One client for every namespaced kind, parameterised by where the kind lives and how its JSON reads
/// (like kubernetes-client's GenericClient): create, get, list, delete and watch.
/// </summary>
internal sealed class ResourceClient<T, TList>(
    ApiTransport transport, KubernetesClientOptions options, ResourceType type, JsonTypeInfo<T> item, JsonTypeInfo<TList> list)
    where T : class, IKubernetesObject
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public Task<T> CreateAsync(string @namespace, T resource, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var body = JsonSerializer.SerializeToUtf8Bytes(resource, item);
        var named = !string.IsNullOrEmpty(resource.Metadata?.Name);
        return transport.SendAsync(new ApiRequest(HttpMethod.Post, type.Collection(@namespace), () => JsonBody(body), named), item, ct);
    }

    public Task<T> GetAsync(string @namespace, string name, CancellationToken ct) =>
        transport.SendAsync(new ApiRequest(HttpMethod.Get, type.Item(@namespace, name)), item, ct);

    public Task<TList> ListAsync(string @namespace, string? labelSelector, string? continueToken, int? limit, CancellationToken ct)
    {
        var query = new QueryString().Add("labelSelector", labelSelector).Add("limit", limit).Add("continue", continueToken);
        return transport.SendAsync(new ApiRequest(HttpMethod.Get, type.Collection(@namespace) + query), list, ct);
    }

    public async Task DeleteAsync(string @namespace, string name, string propagationPolicy, CancellationToken ct)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new DeleteOptions { PropagationPolicy = propagationPolicy }, KubernetesJsonContext.Default.DeleteOptions);
        using var response = await transport.SendAsync(new ApiRequest(HttpMethod.Delete, type.Item(@namespace, name), () => JsonBody(body)), ct);
    }

    public async IAsyncEnumerable<WatchEvent<T>> WatchAsync(
        string @namespace, string? labelSelector, string resourceVersion, bool allowBookmarks, int? timeoutSeconds,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var query = new QueryString()
            .Add("watch", true)
            .Add("labelSelector", labelSelector)
            .Add("resourceVersion", resourceVersion)
            .Add("allowWatchBookmarks", allowBookmarks)
            .Add("timeoutSeconds", timeoutSeconds);
        var request = new ApiRequest(HttpMethod.Get, type.Collection(@namespace) + query);
        using var response = await transport.SendAsync(request, ct);

        // The server ends the watch after timeoutSeconds; past that plus the request timeout, the connection is dead.
        response.ExtendDeadline(timeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) + options.RequestTimeout : null);
        await using var stream = await response.Message.Content.ReadAsStreamAsync(response.Token);
        using var reader = new StreamReader(stream);
        while (true)
        {
            string? line;
            try
            {
                line = await reader.ReadLineAsync(response.Token);
            }
            catch (OperationCanceledException) when (response.TimedOut)
            {
                throw new KubernetesException(0, "Timeout", "the watch went silent past its timeoutSeconds", request.ToString());
            }

            if (line is null)
            {
                yield break;
            }

            if (line.Length > 0)
            {
                yield return WatchEvents.Parse(line, item, request.ToString());
            }
        }
    }

    private static ByteArrayContent JsonBody(byte[] body) => new(body) { Headers = { ContentType = Json } };
}
