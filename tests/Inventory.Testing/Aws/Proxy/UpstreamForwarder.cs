using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Inventory.Testing.Aws;

/// <summary>
/// Streams a request to upstream and the answer back: exact target, the client's Host header (it is
/// part of the SigV4 signature) and every end-to-end header; no buffering, decompression or redirects.
/// </summary>
internal sealed class UpstreamForwarder(Uri upstream) : IDisposable
{
    private static readonly UriCreationOptions Exact = new() { DangerousDisablePathAndQueryCanonicalization = true };

    private readonly string _authority = upstream.GetLeftPart(UriPartial.Authority);

    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        UseProxy = false,
        ConnectTimeout = TimeSpan.FromSeconds(10),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>Sends the request on; the answer's body is not read yet.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpContext context)
    {
        using var request = BuildRequest(context);
        return await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
    }

    /// <summary>Copies status, end-to-end headers and (streaming) body back to the client.</summary>
    public static async Task CopyBackAsync(HttpResponseMessage response, HttpContext context)
    {
        context.Response.StatusCode = (int)response.StatusCode;
        CopyHeaders(response.Headers, context.Response.Headers);
        CopyHeaders(response.Content.Headers, context.Response.Headers);
        await using var body = await response.Content.ReadAsStreamAsync(context.RequestAborted);
        await body.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    public void Dispose() => _client.Dispose();

    private HttpRequestMessage BuildRequest(HttpContext context)
    {
        var incoming = context.Request;
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var request = new HttpRequestMessage(new HttpMethod(incoming.Method), new Uri(_authority + target, in Exact))
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };
        var chunked = incoming.Headers.TransferEncoding.Count > 0;
        if (incoming.ContentLength is not null || chunked)
        {
            request.Content = new StreamContent(incoming.Body);
            request.Content.Headers.ContentLength = incoming.ContentLength;
        }

        var skipped = HopByHopHeaders.For(incoming.Headers);
        foreach (var (name, values) in incoming.Headers)
        {
            if (skipped.Contains(name) || name.Equals("Host", StringComparison.OrdinalIgnoreCase)
                || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(name, values.ToArray()))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }

        request.Headers.Host = incoming.Headers.Host.ToString();
        return request;
    }

    private static void CopyHeaders(System.Net.Http.Headers.HttpHeaders from, IHeaderDictionary to)
    {
        foreach (var (name, values) in from)
        {
            if (!HopByHopHeaders.Contains(name))
            {
                to[name] = values.ToArray();
            }
        }
    }
}
