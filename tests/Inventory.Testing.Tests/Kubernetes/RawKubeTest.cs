using Inventory.Testing.Kubernetes;

namespace Inventory.Testing.Tests.Kubernetes;

/// <summary>A FakeKubernetes of its own per test, and a raw HTTP client holding its token.</summary>
public abstract class RawKubeTest(FakeKubernetesOptions? options = null) : IAsyncLifetime
{
    protected FakeKubernetes Fake { get; private set; } = null!;

    private protected RawKube Kube { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Fake = await FakeKubernetes.StartAsync(options, TestContext.Current.CancellationToken);
        Kube = new RawKube(Fake);
    }

    public async ValueTask DisposeAsync()
    {
        Kube.Dispose();
        await Fake.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
