using System.Net;
using System.Net.Sockets;
using k8s;

namespace Inventory.Kubernetes.Tests.Http;

/// <summary>No answer at all: retried like a 5xx, then one KubernetesApiException with status 0 and why.</summary>
public sealed class TransportFailureTests
{
    private static readonly KubernetesApiOptions Options = new()
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
        using var client = new KubernetesApi(new KubernetesClientConfiguration { Host = $"http://127.0.0.1:{port}", Namespace = "default" }, Options);

        var error = await Assert.ThrowsAsync<KubernetesApiException>(() => client.GetJobAsync("default", "a", Ct));

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
        using var client = new KubernetesApi(
            new KubernetesClientConfiguration { Host = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}", Namespace = "default" }, Options);

        var error = await Assert.ThrowsAsync<KubernetesApiException>(() => client.ListJobsAsync("default", null, ct: Ct));

        Assert.Equal("Timeout", error.Reason);
        Assert.Equal("list jobs.batch in namespace default: 0 Timeout: no answer in time", error.Message);
        silent.Stop();
        await accepting;
        foreach (var socket in accepted)
        {
            socket.Dispose();
        }
    }

    [Fact]
    public async Task AWatchSilentPastItsTimeoutSecondsIsATimeout()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var accepted = new System.Collections.Concurrent.ConcurrentBag<Socket>();
        var accepting = AcceptAll(silent, accepted);
        using var client = new KubernetesApi(
            new KubernetesClientConfiguration { Host = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}", Namespace = "default" }, Options);

        var error = await Assert.ThrowsAsync<KubernetesApiException>(async () =>
        {
            await foreach (var change in client.WatchJobsAsync("default", null, "1", timeoutSeconds: 1, ct: Ct))
            {
                Assert.Fail($"no event expected, got {change.Type}");
            }
        });

        Assert.Equal("watch jobs.batch in namespace default: 0 Timeout: the watch went silent past its timeoutSeconds", error.Message);
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
