using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace Inventory.Kubernetes;

/// <summary>
/// Retries what the server may get over, which the package does not: 429 always; 5xx (not 501),
/// lost connections and timeouts for reads, deletes and creates of a named object (a repeat answers
/// 409 AlreadyExists, which callers treat as theirs), never for a generateName create. Backoff doubles
/// from BaseDelay with full jitter, Retry-After is a floor, MaxAttempts the limit.
/// </summary>
internal sealed class RetryHandler(KubernetesApiOptions options, ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var repeatable = await RepeatableAsync(request, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage? response = null;
            string reason;
            TimeSpan? retryAfter = null;
            try
            {
                response = await base.SendAsync(request, cancellationToken);
                var code = (int)response.StatusCode;
                var retry = code == 429 || (repeatable && code >= 500 && code != 501);
                if (!retry || attempt >= options.MaxAttempts)
                {
                    return response;
                }

                reason = $"{code} {response.ReasonPhrase}";
                retryAfter = RetryDelay.RetryAfter(response, options.Time);
                response.Dispose();
            }
            catch (Exception ex) when (repeatable && attempt < options.MaxAttempts && Lost(ex, cancellationToken))
            {
                reason = ex.Message;
            }

            var delay = RetryDelay.For(attempt, options, retryAfter);
            KubernetesLog.Retrying(logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, attempt, delay.TotalSeconds, reason);
            await Task.Delay(delay, options.Time, cancellationToken);
        }
    }

    private static bool Lost(Exception ex, CancellationToken ct) =>
        ex is HttpRequestException or IOException || (ex is OperationCanceledException && !ct.IsCancellationRequested);

    // A POST is repeated only when it names its object; a generateName create would make a second one.
    private static async Task<bool> RepeatableAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Method != HttpMethod.Post)
        {
            return true;
        }

        if (request.Content is null)
        {
            return false;
        }

        var body = await request.Content.ReadAsStringAsync(ct);
        try
        {
            return JsonNode.Parse(body)?["metadata"]?["name"]?.GetValue<string>() is { Length: > 0 };
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            return false;
        }
    }
}
