using System.Text.Json.Nodes;
using Inventory.Testing.Kubernetes;

namespace Inventory.Testing.Tests.Kubernetes;

public sealed class WatchTests() : RawKubeTest(new FakeKubernetesOptions { BookmarkInterval = TimeSpan.FromMilliseconds(100) })
{
    [Fact]
    public async Task AWatchFromTheListsResourceVersionSeesOnlyLaterEvents()
    {
        await Kube.CreateJobAsync(TestJobs.Job("before"));
        var list = await Kube.GetAsync(RawKube.Jobs);
        var rv = list.Json!["metadata"]!["resourceVersion"]!.GetValue<string>();
        await Kube.CreateJobAsync(TestJobs.Job("after"));

        using var watch = await Kube.WatchAsync($"{RawKube.Jobs}?watch=true&resourceVersion={rv}");
        var added = await watch.NextAsync();
        Fake.SetJobStatus("inventory", "after", succeeded: true);
        var modified = await watch.NextAsync();
        await Kube.DeleteAsync($"{RawKube.Jobs}/after?propagationPolicy=Background");
        var deleted = await watch.NextAsync();

        Assert.Equal("ADDED", added!["type"]!.GetValue<string>());
        Assert.Equal("after", added["object"]!.Name());
        Assert.Equal("Job", added["object"]!["kind"]!.GetValue<string>());
        Assert.Equal("MODIFIED", modified!["type"]!.GetValue<string>());
        Assert.Equal("Complete", modified["object"]!.Condition());
        Assert.Equal("DELETED", deleted!["type"]!.GetValue<string>());
        Assert.True(long.Parse(deleted["object"]!.ResourceVersion()) > long.Parse(modified["object"]!.ResourceVersion()));
    }

    [Fact]
    public async Task AWatchWithoutAResourceVersionStartsWithTheCurrentObjects()
    {
        await Kube.CreateJobAsync(TestJobs.Job("existing"));

        using var watch = await Kube.WatchAsync($"{RawKube.Jobs}?watch=1");
        var first = await watch.NextAsync();

        Assert.Equal("ADDED", first!["type"]!.GetValue<string>());
        Assert.Equal("existing", first["object"]!.Name());
    }

    [Fact]
    public async Task BookmarksCarryTheCurrentResourceVersionWhenAllowed()
    {
        var rv = (await Kube.CreateJobAsync(TestJobs.Job("a"))).ResourceVersion();

        using var watch = await Kube.WatchAsync($"{RawKube.Jobs}?watch=true&resourceVersion={rv}&allowWatchBookmarks=true");
        var bookmark = await watch.NextAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("BOOKMARK", bookmark!["type"]!.GetValue<string>());
        Assert.Equal("Job", bookmark["object"]!["kind"]!.GetValue<string>());
        Assert.Equal(rv, bookmark["object"]!.ResourceVersion());
    }

    [Fact]
    public async Task WithoutBookmarksAllowedNoneComes()
    {
        using var watch = await Kube.WatchAsync($"{RawKube.Jobs}?watch=true");

        await Assert.ThrowsAsync<TimeoutException>(() => watch.NextAsync(TimeSpan.FromMilliseconds(400)));
    }

    [Fact]
    public async Task ADroppedWatchEndsAfterNEventsAndResumesFromItsLastResourceVersion()
    {
        var start = (await Kube.GetAsync(RawKube.Jobs)).Json!["metadata"]!["resourceVersion"]!.GetValue<string>();
        using var watch = await Kube.WatchAsync($"{RawKube.Jobs}?watch=true&resourceVersion={start}");
        Fake.DropWatchesAfter(2);
        foreach (var name in new[] { "a", "b", "c" })
        {
            await Kube.CreateJobAsync(TestJobs.Job(name));
        }

        var seen = new List<JsonObject>();
        while (await watch.NextAsync() is { } next)
        {
            seen.Add(next);
        }

        using var resumed = await Kube.WatchAsync($"{RawKube.Jobs}?watch=true&resourceVersion={seen[^1]["object"]!.ResourceVersion()}");
        var rest = await resumed.NextAsync();

        Assert.Equal(["a", "b"], seen.Select(e => e["object"]!.Name()));
        Assert.Equal("c", rest!["object"]!.Name());
    }

    [Fact]
    public async Task AResourceVersionOlderThanTheHistoryGetsA410ErrorEvent()
    {
        var old = (await Kube.CreateJobAsync(TestJobs.Job("a"))).ResourceVersion();
        await Kube.CreateJobAsync(TestJobs.Job("b"));
        Fake.ExpireWatchResourceVersions();

        using var watch = await Kube.WatchAsync($"{RawKube.Jobs}?watch=true&resourceVersion={old}");
        var error = await watch.NextAsync();
        var end = await watch.NextAsync();

        Assert.Equal("ERROR", error!["type"]!.GetValue<string>());
        var status = error["object"]!;
        Assert.Equal("Status", status["kind"]!.GetValue<string>());
        Assert.Equal(410, status["code"]!.GetValue<int>());
        Assert.Equal("Expired", status["reason"]!.GetValue<string>());
        Assert.StartsWith("too old resource version", status["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(end);
    }

    [Fact]
    public async Task ABoundedHistoryExpiresOldVersionsOnItsOwn()
    {
        await using var small = await FakeKubernetes.StartAsync(new FakeKubernetesOptions { EventHistory = 2 }, TestContext.Current.CancellationToken);
        using var kube = new RawKube(small);
        var old = (await kube.CreateJobAsync(TestJobs.Job("a"))).ResourceVersion();
        foreach (var name in new[] { "b", "c", "d" })
        {
            await kube.CreateJobAsync(TestJobs.Job(name));
        }

        using var watch = await kube.WatchAsync($"{RawKube.Jobs}?watch=true&resourceVersion={old}");

        Assert.Equal("ERROR", (await watch.NextAsync())!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task ALabelSelectedWatchSeesObjectsEnterAndLeave()
    {
        var rv = (await Kube.CreateJobAsync(TestJobs.Job("a"))).ResourceVersion();
        using var watch = await Kube.WatchAsync($"{RawKube.Jobs}?watch=true&resourceVersion={rv}&labelSelector=state%3Dactive");

        await Label("a", "active");
        var entered = await watch.NextAsync();
        await Label("a", "done");
        var left = await watch.NextAsync();

        Assert.Equal("ADDED", entered!["type"]!.GetValue<string>());
        Assert.Equal("DELETED", left!["type"]!.GetValue<string>());
        Assert.Equal("done", left["object"]!["metadata"]!["labels"]!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task TimeoutSecondsEndsTheStream()
    {
        using var watch = await Kube.WatchAsync($"{RawKube.Jobs}?watch=true&timeoutSeconds=1");

        Assert.Null(await watch.NextAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task ANamedWatchFollowsOneObject()
    {
        var rv = (await Kube.CreateJobAsync(TestJobs.Job("a"))).ResourceVersion();
        await Kube.CreateJobAsync(TestJobs.Job("b"));
        using var watch = await Kube.WatchAsync($"/apis/batch/v1/watch/namespaces/inventory/jobs/a?resourceVersion={rv}");

        Fake.SetJobStatus("inventory", "b", succeeded: true);
        Fake.SetJobStatus("inventory", "a", succeeded: true);
        var next = await watch.NextAsync();

        Assert.Equal("a", next!["object"]!.Name());
    }

    private async Task Label(string name, string state)
    {
        var patch = new JsonObject { ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["state"] = state } } };
        var reply = await Kube.SendAsync(HttpMethod.Patch, $"{RawKube.Jobs}/{name}", patch, contentType: "application/merge-patch+json");
        Assert.Equal(System.Net.HttpStatusCode.OK, reply.Status);
    }
}
