using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Kubernetes.Tests.Support;

/// <summary>An HTTPS endpoint on 127.0.0.1 that answers every call with an empty JobList and notes the client certificate it saw.</summary>
internal sealed class TlsApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TlsApiServer(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public string? ClientSubject { get; private set; }

    public string? Protocol { get; private set; }

    public static async Task<TlsApiServer> StartAsync(X509Certificate2 certificate, CancellationToken ct)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(new HttpsConnectionAdapterOptions
        {
            ServerCertificate = certificate,
            ClientCertificateMode = ClientCertificateMode.AllowCertificate,
            ClientCertificateValidation = (_, _, _) => true,
        })));
        var server = new TlsApiServer(builder.Build());
        server._app.Run(async context =>
        {
            server.ClientSubject = context.Connection.ClientCertificate?.Subject;
            server.Protocol = context.Request.Protocol;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"kind":"JobList","apiVersion":"batch/v1","metadata":{"resourceVersion":"1"},"items":[]}""", context.RequestAborted);
        });
        await server._app.StartAsync(ct);
        var address = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.Endpoint = new Uri(address);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
