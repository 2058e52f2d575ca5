using System.Net;
using Inventory.Testing.Kubernetes;

namespace Inventory.Testing.Tests.Kubernetes;

public sealed class AuthenticationTests : RawKubeTest
{
    [Theory]
    [InlineData(null)]
    [InlineData("not-the-token")]
    public async Task RequestsWithoutTheBearerTokenGet401Unauthorized(string? token)
    {
        var reply = await Kube.SendAsync(HttpMethod.Get, RawKube.Jobs, token: token);

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.Equal("Status", reply.Json!["kind"]!.GetValue<string>());
        Assert.Equal("Failure", reply.Json["status"]!.GetValue<string>());
        Assert.Equal("Unauthorized", reply.Reason);
        Assert.Equal(401, reply.Json["code"]!.GetValue<int>());
        Assert.Equal(401, Assert.Single(Fake.Requests).Status);
    }

    [Fact]
    public async Task TheTokenOpensTheApi()
    {
        var reply = await Kube.GetAsync(RawKube.Jobs);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("JobList", reply.Json!["kind"]!.GetValue<string>());
        Assert.StartsWith("http://127.0.0.1:", Fake.Endpoint.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheKubeconfigNamesTheServerTheTokenAndTheNamespace()
    {
        var directory = Directory.CreateTempSubdirectory("kubeconfig-").FullName;
        try
        {
            var text = File.ReadAllText(Fake.WriteKubeconfig(directory, "runs"));

            Assert.Contains($"server: {Fake.Endpoint.GetLeftPart(UriPartial.Authority)}\n", text, StringComparison.Ordinal);
            Assert.Contains($"token: {Fake.Token}\n", text, StringComparison.Ordinal);
            Assert.Contains("namespace: runs\n", text, StringComparison.Ordinal);
            Assert.Contains("current-context: fake-kubernetes\n", text, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
