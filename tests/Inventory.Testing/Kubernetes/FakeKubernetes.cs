using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Testing.Kubernetes;

/// <summary>
/// An in-memory Kubernetes API server on 127.0.0.1 (plain HTTP, bearer token) serving batch/v1
/// Jobs and core/v1 Pods the way the real one does for what the orchestrator uses: create, get,
/// list with selectors and pages, delete with propagation and garbage collection, watch with
/// resourceVersions, bookmarks and 410 Expired, Status errors. With
/// <see cref="FakeKubernetesOptions.Kubelet"/> it also runs each Job's pod as a local process.
/// Not enforced: <c>ttlSecondsAfterFinished</c>, RBAC, namespaces' existence, immutability of Job
/// spec fields (see README.md in this folder for every difference).
/// </summary>
public sealed partial class FakeKubernetes : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ObjectStore _store;
    private readonly Admission _admission;
    private readonly FaultBook _faults = new();
    private readonly RbacDenials _rbac = new();
    private readonly RequestLog _requests = new();
    private readonly Kubelet? _kubelet;
    private readonly CancellationTokenSource _stopping = new();

    private FakeKubernetes(WebApplication app, FakeKubernetesOptions options)
    {
        _app = app;
        _store = new ObjectStore(options.EventHistory);
        _admission = new Admission(options.Kubelet);
        Token = Base64Url(RandomNumberGenerator.GetBytes(32));
        if (options.Kubelet is not null)
        {
            _kubelet = new Kubelet(_store, _admission, options.Kubelet);
        }

        var handler = new ApiHandler(_store, _admission, _faults, _rbac, _requests, Token, options, (ns, pod) => _kubelet?.Logs.Find(ns, pod) ?? "");
        app.Run(context => handler.HandleAsync(context, _stopping.Token));
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The bearer token every request must carry.</summary>
    public string Token { get; }

    public static async Task<FakeKubernetes> StartAsync(FakeKubernetesOptions? options = null, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.AddServerHeader = false;
        });
        var fake = new FakeKubernetes(builder.Build(), options ?? new FakeKubernetesOptions());
        try
        {
            await fake._app.StartAsync(ct);
        }
        catch
        {
            await fake.DisposeAsync();
            throw;
        }

        var address = fake._app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        fake.Endpoint = new Uri(address.TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>Writes <c>kubeconfig</c> into <paramref name="directory"/>: this server, the token, one current context with that namespace.</summary>
    /// <returns>The file's path.</returns>
    public string WriteKubeconfig(string directory, string @namespace = "inventory") =>
        KubeconfigWriter.Write(directory, Endpoint, Token, @namespace);

    public async ValueTask DisposeAsync()
    {
        if (_kubelet is not null)
        {
            await _kubelet.DisposeAsync();
        }

        await _stopping.CancelAsync();
        _store.CloseAllWatches();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
