using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Testing.Processes;

/// <summary>
/// An AWS endpoint on 127.0.0.1 that refuses every call with a 403 AccessDenied in the query
/// protocol's error shape, and counts the calls: a process pointed at it that calls AWS at all
/// is seen, and one that does ends quickly.
/// </summary>
public sealed class RefusingAws : IAsyncDisposable
{
    public const string Message = "User: arn:aws:iam::123456789012:user/test is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111111111111:role/inventory";

    private readonly WebApplication _app;
    private int _calls;

    private RefusingAws(WebApplication app)
    {
        _app = app;
        app.Run(async context =>
        {
            Interlocked.Increment(ref _calls);
            context.Response.StatusCode = 403;
            context.Response.ContentType = "text/xml";
            await context.Response.WriteAsync($"<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>{Message}</Message></Error><RequestId>refused</RequestId></ErrorResponse>");
        });
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri Endpoint { get; private set; } = null!;

    public int Calls => Volatile.Read(ref _calls);

    public static async Task<RefusingAws> StartAsync(CancellationToken ct = default)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var server = new RefusingAws(builder.Build());
        await server._app.StartAsync(ct);
        var address = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.Endpoint = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
