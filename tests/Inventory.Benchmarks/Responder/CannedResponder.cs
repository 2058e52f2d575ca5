using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Inventory.Benchmarks.Responder;

/// <summary>
/// A canned AWS on 127.0.0.1:&lt;free port&gt;: answers the catalog's EC2, IAM, KMS and Lambda calls
/// for a <see cref="CannedAccount"/> in each protocol's own wire format, after a fixed latency.
/// It stands in for moto at volume: moto spends milliseconds of Python per call under one
/// interpreter lock (and seconds per 1,000-instance page), so with moto the benchmark would
/// measure moto; here a call costs the latency we choose and little else.
/// </summary>
internal sealed class CannedResponder : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CannedResponder(WebApplication app, Uri endpoint, ResponderStatistics statistics)
    {
        _app = app;
        Endpoint = endpoint;
        Statistics = statistics;
    }

    public Uri Endpoint { get; }

    public ResponderStatistics Statistics { get; }

    public static async Task<CannedResponder> StartAsync(CannedAccount account, TimeSpan latency, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);

            // The client may read a large page slowly while the machine is busy; never cut it off.
            kestrel.Limits.MinResponseDataRate = null;
            kestrel.Limits.MinRequestBodyDataRate = null;
        });
        var app = builder.Build();
        var statistics = new ResponderStatistics();
        var answers = new CannedAnswers(account);
        app.Run(context => AnswerAsync(context, answers, statistics, latency));
        await app.StartAsync(cancellationToken);
        return new CannedResponder(app, new Uri(app.Urls.First()), statistics);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task AnswerAsync(HttpContext context, CannedAnswers answers, ResponderStatistics statistics, TimeSpan latency)
    {
        var aborted = context.RequestAborted;
        var call = await AwsCall.ReadAsync(context.Request, aborted);
        var started = statistics.Started($"{call.Service}:{call.Action}");
        try
        {
            if (latency > TimeSpan.Zero)
            {
                await Task.Delay(latency, aborted);
            }

            await answers.WriteAsync(call, context.Response, aborted);
        }
        finally
        {
            statistics.Finished(started);
        }
    }
}
