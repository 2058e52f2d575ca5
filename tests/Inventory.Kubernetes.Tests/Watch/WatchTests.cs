using Inventory.Kubernetes.Tests.Support;

using k8s;

namespace Inventory.Kubernetes.Tests.Watch;

/// <summary>The raw watch stream against FakeKubernetes.</summary>
public sealed class WatchTests : FakeKubernetesTest
{
    [Fact]
    public async Task ChangesAfterTheListComeAsTypedEvents()
    {
        var client = await SeededClient();
        var list = await client.ListJobsAsync(Ns, "app=inventory", ct: Ct);
        await using var events = client.WatchJobsAsync(Ns, "app=inventory", list.Metadata!.ResourceVersion!, allowBookmarks: false, timeoutSeconds: 60, Ct)
            .GetAsyncEnumerator(Ct);

        await client.CreateJobAsync(Ns, RunnerJob("runner-a"), Ct);
        await client.CreateJobAsync(Ns, RunnerJob("runner-other", app: "other"), Ct);
        Fake.SetJobStatus(Ns, "runner-a", succeeded: true);
        await client.DeleteJobAsync(Ns, "runner-a", Ct);

        var seen = new List<JobEvent>();
        while (seen.Count < 3 || seen[^1].Type != WatchEventType.Deleted)
        {
            Assert.True(await events.MoveNextAsync());
            seen.Add(events.Current);
        }

        Assert.All(seen, change => Assert.Equal("runner-a", change.Object.Metadata!.Name));
        Assert.Equal(WatchEventType.Added, seen[0].Type);
        Assert.Contains(seen, change => change.Type == WatchEventType.Modified && change.Object.IsComplete());
        var watch = Assert.Single(RequestsTo("GET", "/jobs"), request => request.Query.Contains("watch=true", StringComparison.Ordinal));
        Assert.Contains("timeoutSeconds=60", watch.Query, StringComparison.Ordinal);
        Assert.Contains("labelSelector=app%3Dinventory", watch.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BookmarksComeWhenAskedFor()
    {
        var client = await SeededClient();
        var list = await client.ListJobsAsync(Ns, null, ct: Ct);

        await foreach (var change in client.WatchJobsAsync(Ns, null, list.Metadata!.ResourceVersion!, allowBookmarks: true, ct: Ct))
        {
            Assert.Equal(WatchEventType.Bookmark, change.Type);
            Assert.False(string.IsNullOrEmpty(change.Object.Metadata!.ResourceVersion));
            break;
        }
    }

    [Fact]
    public async Task AnExpiredVersionIsThrownAsExpired()
    {
        var client = await SeededClient();
        var list = await client.ListJobsAsync(Ns, null, ct: Ct);
        await client.CreateJobAsync(Ns, RunnerJob("runner-a"), Ct);
        Fake.ExpireWatchResourceVersions();

        var error = await Assert.ThrowsAsync<KubernetesApiException>(async () =>
        {
            await foreach (var change in client.WatchJobsAsync(Ns, null, list.Metadata!.ResourceVersion!, ct: Ct))
            {
                Assert.Fail($"no event expected, got {change.Type}");
            }
        });

        Assert.True(error.IsExpired);
        Assert.Equal(410, error.StatusCode);
    }

    [Fact]
    public async Task AWatchEndsWhenTheServerDropsIt()
    {
        var client = await SeededClient();
        var list = await client.ListJobsAsync(Ns, null, ct: Ct);
        Fake.DropWatchesAfter(1);
        await client.CreateJobAsync(Ns, RunnerJob("runner-a"), Ct);

        var seen = new List<WatchEventType>();
        try
        {
            await foreach (var change in client.WatchJobsAsync(Ns, null, list.Metadata!.ResourceVersion!, allowBookmarks: false, ct: Ct))
            {
                seen.Add(change.Type);
            }
        }
        catch (HttpIOException)
        {
            // A drop may cut the chunked body short rather than end it.
        }

        Assert.Equal([WatchEventType.Added], seen);
    }

    // A store that never changed lists at resourceVersion "0", which to a watch means "any point": begin with one change.
    private async Task<KubernetesApi> SeededClient()
    {
        var client = Client();
        await client.CreateJobAsync(Ns, RunnerJob("seed", app: "seed"), Ct);
        return client;
    }
}
