using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Amazon.Runtime;
using Inventory.Aws.Endpoints;
using Inventory.Aws.Http;
using Inventory.Aws.Model;
using Inventory.Aws.Pagination;
using Inventory.Aws.Protocols;

namespace Inventory.Aws.Client;

/// <summary>
/// The generic AWS client: every operation of every modelled service goes through
/// <see cref="InvokeAsync"/> — serialize (protocol), sign (SigV4), send, retry, parse.
/// One client serves one set of credentials (one account), so its rate limiters are per
/// (account, service, region).
/// </summary>
public sealed class AwsClient(AWSCredentials credentials, AwsClientOptions? options = null, HttpClient? http = null, AwsEndpointResolver? endpoints = null)
{
    private readonly AwsClientOptions _options = options ?? new AwsClientOptions();
    private readonly HttpClient _http = http ?? AwsHttp.Shared;
    private readonly AwsEndpointResolver _endpoints = endpoints ?? AwsEndpointResolver.FromEnvironment;
    private readonly RateLimiters _limiters = new();
    private readonly SemaphoreSlim? _slots = options?.MaxConcurrentCalls is { } slots ? new SemaphoreSlim(slots, slots) : null;
    private readonly RetryPolicy _retries = new(options ?? new AwsClientOptions());
    private readonly EndpointBreakers _breakers = new(options ?? new AwsClientOptions());
    private readonly EndpointDiscovery _discovery = new((options ?? new AwsClientOptions()).Time);

    public AwsClientStatistics Statistics { get; } = new();

    /// <summary>Endpoints whose breaker opened: each is an outage for the run's report.</summary>
    public IReadOnlyList<EndpointOutage> Outages => _breakers.Outages();

    /// <summary>Tokens left in the client's retry quota.</summary>
    public int RetryQuotaLeft => _retries.QuotaLeft;

    /// <summary>The current client-side limit for a (service, region), null while unlimited.</summary>
    public double? RateLimit(string signingName, string region) => _limiters.Get(signingName, region, _options).Rate;

    public Task<AwsResult> InvokeAsync(string service, string region, string operation, JsonObject? input = null, CancellationToken cancellationToken = default) =>
        InvokeAsync(ServiceModels.Get(service).Operation(operation), region, input, cancellationToken);

    /// <summary>Calls an operation once (with retries, as <see cref="RetryPolicy"/> decides); errors come back in the result.</summary>
    public async Task<AwsResult> InvokeAsync(OperationModel operation, string region, JsonObject? input = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var service = operation.Service;
        var endpoint = _endpoints.Resolve(service.ServiceId, service.EndpointPrefix, service.SigningName, region);
        Statistics.Call();

        // Like the AWS SDKs, an explicitly configured endpoint (an emulator) is used as it is.
        if (!operation.RequiresEndpointDiscovery || service.EndpointOperation is not { } describe
            || (endpoint.IsOverride && !_options.DiscoverEndpointsDespiteOverride))
        {
            return Counted(await SendAsync(operation, endpoint, region, input, cancellationToken));
        }

        var key = new EndpointDiscovery.Key(service.Name, region, (await credentials.GetCredentialsAsync()).AccessKey);
        for (var rediscovered = false; ; rediscovered = true)
        {
            var found = await _discovery.FindAsync(key, endpoint, () => InvokeAsync(describe, region, null, CancellationToken.None), cancellationToken);
            if (found.Failure is { } failed)
            {
                return Counted(failed);
            }

            var result = await SendAsync(operation, found.Endpoint!, region, input, cancellationToken);

            // The cell moved: forget its address and ask once more.
            if (rediscovered || result.Error?.Code != "InvalidEndpointException")
            {
                return Counted(result);
            }

            _discovery.Forget(key, found);
        }
    }

    private AwsResult Counted(AwsResult result)
    {
        if (!result.Succeeded)
        {
            Statistics.Error();
        }

        return result;
    }

    private async Task<AwsResult> SendAsync(OperationModel operation, AwsEndpoint endpoint, string region, JsonObject? input, CancellationToken cancellationToken)
    {
        var service = operation.Service;
        var protocol = ProtocolTable.For(service.Protocol);
        var request = protocol.Serialize(operation, input ?? []);
        var limiter = _limiters.Get(service.SigningName, endpoint.SigningRegion, _options);
        var breaker = _breakers.For(endpoint.Url);
        var call = new CallRetries();

        while (true)
        {
            if (breaker.Refusal() is { } refused)
            {
                Statistics.FailedFast();
                return AwsResult.Failure(refused, call.Attempts);
            }

            await limiter.AcquireAsync(cancellationToken);
            call.Attempts++;
            Statistics.Attempt();
            var outcome = await AttemptInSlotAsync(protocol, operation, request, endpoint, region, cancellationToken);
            if (outcome.Answered)
            {
                breaker.Answered();
            }
            else
            {
                breaker.NotAnswered(outcome.Error!);
            }

            if (outcome.Error is not { } error)
            {
                limiter.OnSuccess();
                _retries.Succeeded(call);
                return AwsResult.Success(outcome.Output!, call.Attempts);
            }

            var decision = _retries.Decide(operation, error, call, outcome.RetryAfter);
            if (decision.Kind == AwsErrorKind.Throttling)
            {
                Statistics.Throttle();
                limiter.OnThrottle();
            }

            switch (decision.Action)
            {
                case RetryAction.RefreshCredentials:
                    Statistics.Retry();
                    (credentials as RefreshingAWSCredentials)?.ClearCredentials();
                    break;
                case RetryAction.Retry:
                    Statistics.Retry();
                    await Task.Delay(decision.Delay, _options.Time, cancellationToken);
                    break;
                default:
                    if (decision.QuotaExhausted)
                    {
                        Statistics.QuotaExhausted();
                    }

                    if (!outcome.Answered)
                    {
                        breaker.GaveUp();
                    }

                    return AwsResult.Failure(error, call.Attempts);
            }
        }
    }

    /// <summary>
    /// Every page of a paginated operation, each as it arrives. Ends after the last page, after
    /// a failed page (yielded, so the caller records it), or when the service repeats a token.
    /// </summary>
    public IAsyncEnumerable<AwsResult> PaginateAsync(string service, string region, string operation, JsonObject? input = null, CancellationToken cancellationToken = default) =>
        PaginateAsync(ServiceModels.Get(service).Operation(operation), region, input, cancellationToken);

    public async IAsyncEnumerable<AwsResult> PaginateAsync(OperationModel operation, string region, JsonObject? input = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var request = (JsonObject?)input?.DeepClone() ?? [];
        var pages = new PageTokens(operation);
        while (true)
        {
            var result = await InvokeAsync(operation, region, request, cancellationToken);
            yield return result;
            if (!result.Succeeded || pages.Next(result.Output!, request) is not { } next)
            {
                yield break;
            }

            if (next.Error is { } repeated)
            {
                Statistics.Error();
                yield return AwsResult.Failure(repeated, 0);
                yield break;
            }
        }
    }

    private async Task<AttemptOutcome> AttemptInSlotAsync(
        IAwsProtocol protocol, OperationModel operation, AwsHttpRequest request, AwsEndpoint endpoint, string region, CancellationToken cancellationToken)
    {
        if (_slots is not null)
        {
            await _slots.WaitAsync(cancellationToken);
        }

        try
        {
            // Before the call is listed as waiting: an AssumeRole behind these keys lists itself.
            var keys = await credentials.GetCredentialsAsync();
            using var waiting = _options.InFlight.Track(_options.Scope, operation.Service.Name, operation.Name, region, _options.Time);
            return await AttemptAsync(protocol, operation, request, endpoint, keys, cancellationToken);
        }
        finally
        {
            _slots?.Release();
        }
    }

    private async Task<AttemptOutcome> AttemptAsync(
        IAwsProtocol protocol, OperationModel operation, AwsHttpRequest request, AwsEndpoint endpoint, ImmutableCredentials keys, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.AttemptTimeout);
        try
        {
            using var message = await RequestSigner.SignAsync(operation, request, endpoint, keys, deadline.Token);
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            await using var body = await response.Content.ReadAsStreamAsync(deadline.Token);
            var received = new AwsHttpResponse((int)response.StatusCode, Headers(response), body);
            if (response.IsSuccessStatusCode)
            {
                return new AttemptOutcome(await protocol.ParseAsync(operation, received, deadline.Token), null, null, Answered: true);
            }

            return new AttemptOutcome(null, await protocol.ParseErrorAsync(received, deadline.Token), RetryAfter(response), Answered: true);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new AttemptOutcome(null, new AwsError("RequestTimeout", $"No complete answer from {endpoint.Url.GetLeftPart(UriPartial.Authority)} within {_options.AttemptTimeout.TotalSeconds:0.#} s", 0), null, Answered: false);
        }
        catch (HttpRequestException ex) when (ex.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.HostNotFound })
        {
            // No such endpoint (a service that does not exist in the region): retrying cannot help.
            return new AttemptOutcome(null, new AwsError("EndpointNotFound", ex.Message, 0), null, Answered: true);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return new AttemptOutcome(null, new AwsError("ConnectionError", ex.Message, (int)HttpStatusCode.ServiceUnavailable), null, Answered: false);
        }
    }

    private static Dictionary<string, string> Headers(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            headers[name] = string.Join(',', values);
        }

        return headers;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => null,
        };
}
