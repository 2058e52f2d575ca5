using System.Security.Cryptography;
using Inventory.Testing.Http;

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
    private readonly ApiHandler _handler;
    private LoopbackServer? _server;
    private readonly ObjectStore _store;
    private readonly Admission _admission;
    private readonly FaultBook _faults = new();
    private readonly RbacDenials _rbac = new();
    private readonly RequestLog _requests = new();
    private readonly Kubelet? _kubelet;
    private readonly CancellationTokenSource _stopping = new();

    private FakeKubernetes(FakeKubernetesOptions options)
    {
        _store = new ObjectStore(options.EventHistory);
        _admission = new Admission(options.Kubelet);
        Token = Base64Url(RandomNumberGenerator.GetBytes(32));
        if (options.Kubelet is not null)
        {
            _kubelet = new Kubelet(_store, _admission, options.Kubelet);
        }

        _handler = new ApiHandler(_store, _admission, _faults, _rbac, _requests, Token, options, (ns, pod) => _kubelet?.Logs.Find(ns, pod) ?? "");
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri Endpoint => _server!.Endpoint;

    /// <summary>The bearer token every request must carry.</summary>
    public string Token { get; }

    public static async Task<FakeKubernetes> StartAsync(FakeKubernetesOptions? options = null, CancellationToken ct = default)
    {
        var fake = new FakeKubernetes(options ?? new FakeKubernetesOptions());
        try
        {
            fake._server = await LoopbackServer.StartAsync(context => fake._handler.HandleAsync(context, fake._stopping.Token), ct);
        }
        catch
        {
            await fake.DisposeAsync();
            throw;
        }

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
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _stopping.Dispose();
    }

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
