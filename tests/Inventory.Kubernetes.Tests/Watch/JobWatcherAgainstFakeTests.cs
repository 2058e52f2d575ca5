using Inventory.Kubernetes.Tests.Support;

using k8s;

namespace Inventory.Kubernetes.Tests.Watch;

/// <summary>JobWatcher's list-then-watch against FakeKubernetes: drops resume, expiry relists.</summary>
public sealed class JobWatcherAgainstFakeTests : FakeKubernetesTest
{
    private const string Selector = "app=inventory";

    [Fact]
    public async Task ADroppedWatchResumesFromTheLastVersionWithoutListingAgain()
    {
        var client = Client();
        await client.CreateJobAsync(Ns, RunnerJob("runner-a"), Ct);
        await using var events = Watcher(client).WatchAsync(Ns, Selector, Ct).GetAsyncEnumerator(Ct);
        Assert.Equal("Added runner-a", await Next(events));

        var pending = Next(events);
        await Until(() => Watches().Any(request => request.Status == 200), "the watch to open");
        Fake.DropWatchesAfter(1);
        var b = await client.CreateJobAsync(Ns, RunnerJob("runner-b"), Ct);
        Assert.Equal("Added runner-b", await pending);

        await client.CreateJobAsync(Ns, RunnerJob("runner-c"), Ct);
        Assert.Equal("Added runner-c", await Next(events));

        Assert.Single(Lists());
        var resumed = Watches()[1].Query;
        Assert.True(VersionIn(resumed) >= long.Parse(b.Metadata!.ResourceVersion!, System.Globalization.CultureInfo.InvariantCulture), resumed);
    }

    [Fact]
    public async Task AnExpiredVersionListsAgainAndTheConsumerConverges()
    {
        var client = Client();
        await client.CreateJobAsync(Ns, RunnerJob("runner-a"), Ct);
        await client.CreateJobAsync(Ns, RunnerJob("runner-b"), Ct);
        await using var events = Watcher(client).WatchAsync(Ns, Selector, Ct).GetAsyncEnumerator(Ct);
        Assert.Equal("Added runner-a", await Next(events));
        Assert.Equal("Added runner-b", await Next(events));

        // The watcher has not watched yet: what happens now is past the history it will ask for.
        Fake.SetJobStatus(Ns, "runner-a", succeeded: true);
        await client.DeleteJobAsync(Ns, "runner-b", Ct);
        await client.CreateJobAsync(Ns, RunnerJob("runner-c"), Ct);
        Fake.ExpireWatchResourceVersions();

        var converged = new[] { await Next(events), await Next(events), await Next(events) };
        Assert.Equal(["Added runner-c", "Deleted runner-b", "Modified runner-a"], converged.Order());
        await client.CreateJobAsync(Ns, RunnerJob("runner-d"), Ct);
        Assert.Equal("Added runner-d", await Next(events));
        Assert.Equal(2, Lists().Count);
    }

    [Fact]
    public async Task TransientFailuresAreRetriedBehindTheConsumersBack()
    {
        var client = Client(FastRetries with { MaxAttempts = 2 });
        await client.CreateJobAsync(Ns, RunnerJob("runner-a"), Ct);
        Fake.FailNext(500, 2, "/jobs");
        var watcher = new JobWatcher(client, new JobWatcherOptions { InitialBackoff = TimeSpan.FromMilliseconds(10), MaxBackoff = TimeSpan.FromMilliseconds(50) });
        await using var events = watcher.WatchAsync(Ns, Selector, Ct).GetAsyncEnumerator(Ct);

        Assert.Equal("Added runner-a", await Next(events));
        Assert.Equal([500, 500, 200], Lists().Select(request => request.Status));
    }

    private static JobWatcher Watcher(KubernetesApi client) => new(client);

    private List<Testing.Kubernetes.RecordedRequest> Watches() =>
        [.. RequestsTo("GET", "/jobs").Where(request => request.Query.Contains("watch=true", StringComparison.Ordinal))];

    private List<Testing.Kubernetes.RecordedRequest> Lists() =>
        [.. RequestsTo("GET", "/jobs").Where(request => !request.Query.Contains("watch=true", StringComparison.Ordinal))];

    private static long VersionIn(string query) =>
        long.Parse(
            query.Split('&').Single(part => part.StartsWith("resourceVersion=", StringComparison.Ordinal))["resourceVersion=".Length..],
            System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string> Next(IAsyncEnumerator<JobEvent> events)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(TimeSpan.FromSeconds(15));
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(limit.Token));
        return $"{events.Current.Type} {events.Current.Object.Metadata!.Name}";
    }
}
