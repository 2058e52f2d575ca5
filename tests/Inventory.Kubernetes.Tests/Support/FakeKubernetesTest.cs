using Inventory.Testing.Kubernetes;
using k8s;
using k8s.Models;

namespace Inventory.Kubernetes.Tests.Support;

/// <summary>A FakeKubernetes of its own per test, and clients configured from the kubeconfig it writes.</summary>
public abstract class FakeKubernetesTest : IAsyncLifetime
{
    protected const string Ns = "inventory";

    private readonly TempDirectory _directory = new();
    private readonly List<KubernetesApi> _clients = [];

    protected FakeKubernetes Fake { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Fast retries, so tests of retrying do not wait on backoff.</summary>
    protected static KubernetesApiOptions FastRetries { get; } = new() { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(20) };

    public async ValueTask InitializeAsync() => Fake = await FakeKubernetes.StartAsync(ct: Ct);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await Fake.DisposeAsync();
        _directory.Dispose();
        GC.SuppressFinalize(this);
    }

    protected KubernetesClientConfiguration Config() => KubernetesConfiguration.Load(Fake.WriteKubeconfig(_directory.Path, Ns));

    protected KubernetesApi Client(KubernetesApiOptions? options = null, KubernetesClientConfiguration? config = null)
    {
        var client = new KubernetesApi(config ?? Config(), options ?? FastRetries);
        _clients.Add(client);
        return client;
    }

    protected static V1Job RunnerJob(string name, string app = "inventory", string? generateName = null) => new()
    {
        Metadata = new V1ObjectMeta
        {
            Name = generateName is null ? name : null,
            GenerateName = generateName,
            Labels = new Dictionary<string, string> { ["app"] = app, ["run"] = "r1" },
        },
        Spec = new V1JobSpec
        {
            BackoffLimit = 0,
            Template = new V1PodTemplateSpec
            {
                Spec = new V1PodSpec
                {
                    RestartPolicy = "Never",
                    Containers = [new V1Container { Name = "runner", Image = "runner:1", Command = ["/app/runner"] }],
                },
            },
        },
    };

    protected IReadOnlyList<RecordedRequest> RequestsTo(string method, string pathContains) =>
        [.. Fake.Requests.Where(request => request.Method == method && request.Path.Contains(pathContains, StringComparison.Ordinal))];

    protected static async Task Until(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}");
            await Task.Delay(5, Ct);
        }
    }
}
