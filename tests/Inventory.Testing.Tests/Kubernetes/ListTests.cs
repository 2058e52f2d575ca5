using System.Net;
using Inventory.Testing.Kubernetes;

namespace Inventory.Testing.Tests.Kubernetes;

public sealed class ListTests : IAsyncLifetime
{
    private FakeKubernetes _fake = null!;
    private RawKube _kube = null!;

    public async ValueTask InitializeAsync()
    {
        _fake = await FakeKubernetes.StartAsync(ct: TestContext.Current.CancellationToken);
        _kube = new RawKube(_fake);
        foreach (var (name, run, account) in new[] { ("runner-a", "r1", "111"), ("runner-b", "r1", "222"), ("runner-c", "r2", "333"), ("runner-d", "r1", "444") })
        {
            await _kube.CreateJobAsync(TestJobs.Job(name, labels: new Dictionary<string, string> { ["app"] = "runner", ["run"] = run, ["account"] = account }));
        }
    }

    public async ValueTask DisposeAsync()
    {
        _kube.Dispose();
        await _fake.DisposeAsync();
    }

    [Theory]
    [InlineData("run=r1", "runner-a,runner-b,runner-d")]
    [InlineData("run==r1,account!=222", "runner-a,runner-d")]
    [InlineData("account in (111, 333)", "runner-a,runner-c")]
    [InlineData("app=runner,account notin (111,333)", "runner-b,runner-d")]
    [InlineData("run", "runner-a,runner-b,runner-c,runner-d")]
    [InlineData("!run", "")]
    public async Task LabelSelectorsSelect(string selector, string expected)
    {
        var reply = await _kube.GetAsync($"{RawKube.Jobs}?labelSelector={Uri.EscapeDataString(selector)}");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(expected, string.Join(',', reply.Json!["items"]!.AsArray().Select(item => item!.Name())));
    }

    [Fact]
    public async Task AMalformedSelectorIs400()
    {
        var reply = await _kube.GetAsync($"{RawKube.Jobs}?labelSelector={Uri.EscapeDataString("a in (b")}");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("BadRequest", reply.Reason);
    }

    [Fact]
    public async Task PagesComeFromTheFirstPagesSnapshot()
    {
        var first = await _kube.GetAsync($"{RawKube.Jobs}?limit=2");
        await _kube.CreateJobAsync(TestJobs.Job("runner-bb"));
        await _kube.DeleteAsync($"{RawKube.Jobs}/runner-c?propagationPolicy=Background");
        var token = first.Json!["metadata"]!["continue"]!.GetValue<string>();
        var second = await _kube.GetAsync($"{RawKube.Jobs}?limit=2&continue={Uri.EscapeDataString(token)}");

        Assert.Equal("runner-a,runner-b", string.Join(',', first.Json["items"]!.AsArray().Select(item => item!.Name())));
        Assert.Equal(2, first.Json["metadata"]!["remainingItemCount"]!.GetValue<int>());
        Assert.Equal("runner-c,runner-d", string.Join(',', second.Json!["items"]!.AsArray().Select(item => item!.Name())));
        Assert.Null(second.Json["metadata"]!["continue"]);
        Assert.Equal(first.Json["metadata"]!["resourceVersion"]!.GetValue<string>(), second.Json["metadata"]!["resourceVersion"]!.GetValue<string>());
    }

    [Fact]
    public async Task PagesWithASelectorHaveNoRemainingCount()
    {
        var first = await _kube.GetAsync($"{RawKube.Jobs}?limit=1&labelSelector=run%3Dr1");
        var token = first.Json!["metadata"]!["continue"]!.GetValue<string>();
        var rest = await _kube.GetAsync($"{RawKube.Jobs}?limit=5&labelSelector=run%3Dr1&continue={Uri.EscapeDataString(token)}");

        Assert.Null(first.Json["metadata"]!["remainingItemCount"]);
        Assert.Equal("runner-b,runner-d", string.Join(',', rest.Json!["items"]!.AsArray().Select(item => item!.Name())));
    }

    [Fact]
    public async Task AContinueTokenOlderThanTheHistoryIs410Expired()
    {
        var first = await _kube.GetAsync($"{RawKube.Jobs}?limit=1");
        await _kube.CreateJobAsync(TestJobs.Job("runner-e"));
        _fake.ExpireWatchResourceVersions();
        var token = first.Json!["metadata"]!["continue"]!.GetValue<string>();

        var reply = await _kube.GetAsync($"{RawKube.Jobs}?limit=1&continue={Uri.EscapeDataString(token)}");
        var garbage = await _kube.GetAsync($"{RawKube.Jobs}?limit=1&continue=garbage");

        Assert.Equal(HttpStatusCode.Gone, reply.Status);
        Assert.Equal("Expired", reply.Reason);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.Status);
    }

    [Fact]
    public async Task FieldSelectorsAndClusterWideListsWork()
    {
        var byName = await _kube.GetAsync($"{RawKube.Jobs}?fieldSelector=metadata.name%3Drunner-c");
        var everywhere = await _kube.GetAsync("/apis/batch/v1/jobs");
        var unsupported = await _kube.GetAsync($"{RawKube.Jobs}?fieldSelector=spec.parallelism%3D1");

        Assert.Equal("runner-c", Assert.Single(byName.Json!["items"]!.AsArray())!.Name());
        Assert.Equal(4, everywhere.Json!["items"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.BadRequest, unsupported.Status);
    }
}
