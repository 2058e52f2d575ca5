using Inventory.Testing.Http;
using Microsoft.AspNetCore.Http;

namespace Inventory.Testing.Aws;

/// <summary>
/// A reverse proxy on 127.0.0.1 in front of moto that records every call and injects faults
/// (<see cref="AddRule"/>) answered in the service's own protocol. Point clients at <see cref="Endpoint"/>.
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    private LoopbackServer _server = null!;
    private readonly UpstreamForwarder _forwarder;
    private readonly RuleBook _rules = new();
    private readonly CallLog _calls = new();
    private readonly CancellationTokenSource _stopping = new();

    private FaultProxy(Uri upstream)
    {
        _forwarder = new UpstreamForwarder(upstream);
        Upstream = upstream;
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri Endpoint => _server.Endpoint;

    public Uri Upstream { get; }

    /// <summary>A snapshot of the calls so far. A call is listed before its client gets the answer.</summary>
    public IReadOnlyList<RecordedCall> Calls => _calls.Snapshot();

    public static async Task<FaultProxy> StartAsync(Uri upstream, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(upstream);
        var proxy = new FaultProxy(upstream);
        try
        {
            proxy._server = await LoopbackServer.StartAsync(proxy.HandleAsync, ct);
        }
        catch
        {
            proxy._forwarder.Dispose();
            proxy._stopping.Dispose();
            throw;
        }

        return proxy;
    }

    public void AddRule(FaultRule rule) => _rules.Add(rule);

    public void ClearRules() => _rules.Clear();

    public void ClearCalls() => _calls.Clear();

    public async ValueTask DisposeAsync()
    {
        // Hung calls end now rather than holding the server's shutdown.
        await _stopping.CancelAsync();
        await _server.DisposeAsync();
        _forwarder.Dispose();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var at = DateTimeOffset.UtcNow;
        CallInfo call;
        try
        {
            call = await CallInfoReader.ReadAsync(context.Request, context.RequestAborted);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or BadHttpRequestException)
        {
            context.Abort(); // The client went away while its form body was being read.
            return;
        }

        var fault = _rules.Select(call);
        var recorded = false;
        void Record(int status, bool injected)
        {
            recorded = true;
            _calls.Add(new RecordedCall(call.Service, call.Action, call.Region, call.AccessKeyId, status, injected, at) { Fault = fault, Query = context.Request.QueryString.Value ?? "" });
        }

        try
        {
            await AnswerAsync(context, call, fault, Record);
        }
        catch (HttpRequestException e) when (!context.Response.HasStarted)
        {
            Record(StatusCodes.Status502BadGateway, false);
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            await context.Response.WriteAsync($"FaultProxy: upstream {Upstream} failed: {e.Message}");
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
        {
            // The client went away or upstream broke mid-answer: nothing more can be said.
            if (!recorded)
            {
                Record(0, false);
            }

            context.Abort();
        }
    }

    private async Task AnswerAsync(HttpContext context, CallInfo call, Fault? fault, Action<int, bool> record)
    {
        switch (fault?.Kind)
        {
            case FaultKind.ConnectionReset:
                record(0, true);
                context.Abort();
                return;
            case FaultKind.Throttle or FaultKind.ServerError or FaultKind.ExpiredToken or FaultKind.Error:
                var error = InjectedError.For(fault, call.Protocol);
                record(error.Status, true);
                await FaultWriter.WriteAsync(context, call, fault, error);
                return;
            case FaultKind.Answer:
                record(fault.StatusCode, true);
                context.Response.StatusCode = fault.StatusCode;
                context.Response.ContentType = fault.ContentType;
                await context.Response.WriteAsync(fault.Body!, context.RequestAborted);
                return;
            case FaultKind.Hang:
                record(0, true);
                using (var hung = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token))
                {
                    await Task.Delay(Timeout.Infinite, hung.Token);
                }

                return;
            case FaultKind.Latency:
                await Task.Delay(fault.Delay, context.RequestAborted);
                break;
        }

        using var response = await _forwarder.SendAsync(context);
        record((int)response.StatusCode, false);
        await UpstreamForwarder.CopyBackAsync(response, context);
    }
}
