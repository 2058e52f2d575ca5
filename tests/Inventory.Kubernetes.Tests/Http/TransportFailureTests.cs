using System.Net;
using System.Net.Sockets;

namespace Inventory.Kubernetes.Tests.Http;

/// <summary>No answer at all: retried like a 5xx, then one KubernetesException with status 0 and why.</summary>
public sealed class TransportFailureTests
{
    private static readonly KubernetesClientOptions Options = new()
    {
        MaxAttempts = 2,
        BaseDelay = TimeSpan.FromMilliseconds(1),
        RequestTimeout = TimeSpan.FromMilliseconds(300),
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ARefusedConnectionIsUnreachable()
    {
        using var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        using var client = new KubernetesClient(new KubernetesConfig(new Uri($"http://127.0.0.1:{port}"), "default"), Options);

        var error = await Assert.ThrowsAsync<KubernetesException>(() => client.GetJobAsync("default", "a", Ct));

        Assert.Equal(0, error.StatusCode);
        Assert.Equal("Unreachable", error.Reason);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task AServerThatNeverAnswersTimesOutPerAttempt()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var accepted = new System.Collections.Concurrent.ConcurrentBag<Socket>();
        var accepting = AcceptAll(silent, accepted);
        using var client = new KubernetesClient(
            new KubernetesConfig(new Uri($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}"), "default"), Options);

        var error = await Assert.ThrowsAsync<KubernetesException>(() => client.ListJobsAsync("default", null, ct: Ct));

        Assert.Equal("Timeout", error.Reason);
        Assert.Equal("GET /apis/batch/v1/namespaces/default/jobs: 0 Timeout: no answer within 0.3 s", error.Message);
        silent.Stop();
        await accepting;
        foreach (var socket in accepted)
        {
            socket.Dispose();
        }
    }

    // Takes connections and says nothing, until the listener stops.
    private static async Task AcceptAll(TcpListener listener, System.Collections.Concurrent.ConcurrentBag<Socket> accepted)
    {
        try
        {
            while (true)
            {
                accepted.Add(await listener.AcceptSocketAsync(Ct));
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // Stopped.
        }
    }
}
