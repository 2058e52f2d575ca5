using System.Net;
using Inventory.Testing.Kubernetes;

namespace Inventory.Testing.Tests.Kubernetes;

public sealed class AuthenticationTests : IAsyncLifetime
{
    private FakeKubernetes _fake = null!;
    private RawKube _kube = null!;

    public async ValueTask InitializeAsync()
    {
        _fake = await FakeKubernetes.StartAsync(ct: TestContext.Current.CancellationToken);
        _kube = new RawKube(_fake);
    }

    public async ValueTask DisposeAsync()
    {
        _kube.Dispose();
        await _fake.DisposeAsync();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-token")]
    public async Task RequestsWithoutTheBearerTokenGet401Unauthorized(string? token)
    {
        var reply = await _kube.SendAsync(HttpMethod.Get, RawKube.Jobs, token: token);

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.Equal("Status", reply.Json!["kind"]!.GetValue<string>());
        Assert.Equal("Failure", reply.Json["status"]!.GetValue<string>());
        Assert.Equal("Unauthorized", reply.Reason);
        Assert.Equal(401, reply.Json["code"]!.GetValue<int>());
        Assert.Equal(401, Assert.Single(_fake.Requests).Status);
    }

    [Fact]
    public async Task TheTokenOpensTheApi()
    {
        var reply = await _kube.GetAsync(RawKube.Jobs);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("JobList", reply.Json!["kind"]!.GetValue<string>());
        Assert.StartsWith("http://127.0.0.1:", _fake.Endpoint.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheKubeconfigNamesTheServerTheTokenAndTheNamespace()
    {
        var directory = Directory.CreateTempSubdirectory("kubeconfig-").FullName;
        try
        {
            var text = File.ReadAllText(_fake.WriteKubeconfig(directory, "runs"));

            Assert.Contains($"server: {_fake.Endpoint.GetLeftPart(UriPartial.Authority)}\n", text, StringComparison.Ordinal);
            Assert.Contains($"token: {_fake.Token}\n", text, StringComparison.Ordinal);
            Assert.Contains("namespace: runs\n", text, StringComparison.Ordinal);
            Assert.Contains("current-context: fake-kubernetes\n", text, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
