using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace Inventory.Kubernetes;

/// <summary>
/// Sends API calls: rate limit, bearer token, a deadline per attempt, and retries for 429, 5xx and
/// lost connections with backoff. Retrying lives here, per call, rather than in a blanket
/// DelegatingHandler, because only the call knows whether repeating it is safe (see <see cref="ApiRequest"/>).
/// Any other non-2xx answer becomes a <see cref="KubernetesException"/> carrying the API's Status.
/// </summary>
internal sealed class ApiTransport : IDisposable
{
    private const int ErrorBodyLimit = 64 * 1024;
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly string _server;
    private readonly ITokenProvider? _credentials;
    private readonly KubernetesClientOptions _options;
    private readonly TokenBucket _limiter;
    private readonly ILogger _logger;

    public ApiTransport(KubernetesConfig config, KubernetesClientOptions options, ILogger logger)
    {
        _http = KubernetesHttp.Create(config);
        _server = config.Server.GetLeftPart(UriPartial.Path).TrimEnd('/');
        _credentials = config.Credentials;
        _options = options;
        _limiter = new TokenBucket(options.Qps, options.Burst, options.Time);
        _logger = logger;
    }

    public async Task<T> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> type, CancellationToken ct)
    {
        using var response = await SendAsync(request, ct);
        try
        {
            await using var body = await response.Message.Content.ReadAsStreamAsync(response.Token);
            return await JsonSerializer.DeserializeAsync(body, type, response.Token)
                ?? throw new KubernetesException(0, "EmptyBody", "the answer had no object", request.ToString());
        }
        catch (OperationCanceledException) when (response.TimedOut)
        {
            throw TimedOut(request);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw Unreachable(request, ex, tls: false);
        }
    }

    /// <summary>Sends until a 2xx arrives (returned with its body unread) or a failure is final (thrown).</summary>
    public async Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await _limiter.AcquireAsync(ct);
            var (response, failure, retryable, retryAfter) = await AttemptAsync(request, ct);
            if (response is not null)
            {
                return response;
            }

            if (!retryable || attempt >= _options.MaxAttempts)
            {
                throw failure!;
            }

            var delay = RetryDelay.For(attempt, _options, retryAfter);
            KubernetesLog.Retrying(_logger, request.Method.Method, request.PathAndQuery, attempt, delay.TotalSeconds, failure!.Message);
            await Task.Delay(delay, _options.Time, ct);
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<(ApiResponse? Response, KubernetesException? Failure, bool Retryable, TimeSpan? RetryAfter)> AttemptAsync(
        ApiRequest request, CancellationToken ct)
    {
        CancellationTokenSource? deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(_options.RequestTimeout);
        HttpResponseMessage? message = null;
        try
        {
            using var httpRequest = await BuildAsync(request, deadline.Token);
            message = await _http.SendAsync(httpRequest, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            if (message.IsSuccessStatusCode)
            {
                var response = new ApiResponse(message, deadline, ct);
                (message, deadline) = (null, null);
                return (response, null, false, null);
            }

            var status = (int)message.StatusCode;
            var retryable = status == 429 || (status >= 500 && status != 501 && request.RetryServerErrors);
            return (null, await ErrorAsync(request, message, deadline.Token), retryable, RetryDelay.RetryAfter(message, _options.Time));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, TimedOut(request), request.RetryServerErrors, null);
        }
        catch (HttpRequestException ex)
        {
            // A server whose certificate is refused will be refused again.
            var tls = ex.InnerException is System.Security.Authentication.AuthenticationException;
            return (null, Unreachable(request, ex, tls), request.RetryServerErrors && !tls, null);
        }
        finally
        {
            message?.Dispose();
            deadline?.Dispose();
        }
    }

    private async Task<HttpRequestMessage> BuildAsync(ApiRequest request, CancellationToken ct)
    {
        var message = new HttpRequestMessage(request.Method, _server + request.PathAndQuery)
        {
            Content = request.Body?.Invoke(),
            Version = _http.DefaultRequestVersion,
            VersionPolicy = _http.DefaultVersionPolicy,
        };
        message.Headers.Accept.Add(Json);
        if (_credentials is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _credentials.GetTokenAsync(ct));
        }

        return message;
    }

    private static async Task<KubernetesException> ErrorAsync(ApiRequest request, HttpResponseMessage response, CancellationToken ct)
    {
        var code = (int)response.StatusCode;
        string body;
        try
        {
            body = await ReadLimitedAsync(response.Content, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            body = string.Empty;
        }

        try
        {
            if (body.StartsWith('{') && JsonSerializer.Deserialize(body, KubernetesJsonContext.Default.Status) is { } status
                && (status.Reason is not null || status.Message is not null))
            {
                return KubernetesException.FromStatus(status, code, request.ToString());
            }
        }
        catch (JsonException)
        {
            // Not a Status (a proxy's page, say): its text is the message.
        }

        var text = body.Trim();
        return new KubernetesException(code, StatusReasons.For(code), text.Length > 300 ? text[..300] + "…" : text, request.ToString());
    }

    private static async Task<string> ReadLimitedAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var reader = new StreamReader(stream);
        var buffer = new char[ErrorBodyLimit];
        var read = await reader.ReadBlockAsync(buffer, ct);
        return new string(buffer, 0, read);
    }

    private KubernetesException TimedOut(ApiRequest request) =>
        new(0, "Timeout", $"no answer within {_options.RequestTimeout.TotalSeconds:0.#} s", request.ToString());

    private static KubernetesException Unreachable(ApiRequest request, Exception ex, bool tls) =>
        new(0, tls ? "TlsFailed" : "Unreachable", ex.InnerException is { } inner ? $"{ex.Message} ({inner.Message})" : ex.Message, request.ToString(), inner: ex);
}
