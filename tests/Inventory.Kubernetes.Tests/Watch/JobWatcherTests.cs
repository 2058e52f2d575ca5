using Inventory.Kubernetes.Tests.Support;
using Inventory.Testing.Time;
using k8s;
using k8s.Models;
using static Inventory.Kubernetes.Tests.Support.ScriptedJobSource;

namespace Inventory.Kubernetes.Tests.Watch;

/// <summary>The list-then-watch loop against a scripted source and a manual clock.</summary>
public sealed class JobWatcherTests : IAsyncDisposable
{
    private readonly ScriptedJobSource _source = new();
    private readonly ManualTimeProvider _clock = new();
    private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
    private IAsyncEnumerator<JobEvent>? _events;
    private Task? _pending;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_events is not null)
        {
            try
            {
                if (_pending is not null)
                {
                    await _pending;
                }

                await _events.DisposeAsync();
            }
            catch (OperationCanceledException)
            {
                // Stopped mid-wait.
            }
        }

        _stop.Dispose();
    }

    [Fact]
    public async Task ListedJobsComeAsAddedThenWatchEventsFollowFromTheListsVersion()
    {
        _source.AnswerList("10", Job("a", "5"), Job("b", "6"));
        _source.AnswerWatch(null, Event(WatchEventType.Modified, "a", "11"));

        Assert.Equal(["Added a 5", "Added b 6", "Modified a 11"], await Take(3));

        var watch = Assert.Single(_source.WatchCalls.Take(1));
        Assert.Equal("10", watch.ResourceVersion);
        Assert.True(watch.Bookmarks);
        Assert.InRange(watch.TimeoutSeconds!.Value, 300, 600);
        Assert.Equal([(null, 500)], _source.ListCalls);
    }

    [Fact]
    public async Task ABookmarkAdvancesTheVersionWithoutBeingYielded()
    {
        _source.AnswerList("10");
        _source.AnswerWatch(null, Event(WatchEventType.Added, "a", "11"), Bookmark("15"));
        _source.AnswerWatch(null, Event(WatchEventType.Deleted, "a", "16"));

        Assert.Equal(["Added a 11", "Deleted a 16"], await Take(2));
        Assert.Equal(["10", "15"], _source.WatchCalls.Take(2).Select(call => call.ResourceVersion));
    }

    [Fact]
    public async Task ADroppedStreamResumesFromTheLastVersionAtOnce()
    {
        _source.AnswerList("10");
        _source.AnswerWatch(new HttpIOException(HttpRequestError.ResponseEnded), Event(WatchEventType.Added, "a", "11"), Event(WatchEventType.Modified, "a", "12"));
        _source.AnswerWatch(null, Event(WatchEventType.Modified, "a", "13"));

        Assert.Equal(["Added a 11", "Modified a 12", "Modified a 13"], await Take(3));
        Assert.Equal(["10", "12"], _source.WatchCalls.Take(2).Select(call => call.ResourceVersion));
        Assert.Single(_source.ListCalls);
    }

    [Fact]
    public async Task ExpiredMeansListAgainAndConvergeThenWatchFromTheNewList()
    {
        _source.AnswerList("10", Job("a", "5"), Job("b", "6"));
        _source.AnswerWatch(new KubernetesApiException(410, "Expired", "too old resource version"));
        _source.AnswerList("30", Job("a", "20"), Job("c", "25"));

        Assert.Equal(["Added a 5", "Added b 6", "Modified a 20", "Added c 25", "Deleted b 6"], await Take(5));
        Pull();
        await Until(() => _source.WatchCalls.Count == 2);
        Assert.Equal(["10", "30"], _source.WatchCalls.Select(call => call.ResourceVersion));
    }

    [Fact]
    public async Task AnotherFailureBacksOffAtLeast800MsBeforeWatchingAgain()
    {
        _source.AnswerList("10");
        _source.AnswerWatch(new KubernetesApiException(500, "InternalError", "etcd is sad"));
        _source.AnswerWatch(null, Event(WatchEventType.Added, "a", "11"));

        var next = Start().MoveNextAsync().AsTask();
        await Until(() => _clock.PendingTimers == 1);
        _clock.Advance(TimeSpan.FromMilliseconds(799));
        Assert.Single(_source.WatchCalls);

        _clock.Advance(TimeSpan.FromMilliseconds(801));
        Assert.True(await next);
        Assert.Equal("10", _source.WatchCalls[1].ResourceVersion);
    }

    [Fact]
    public async Task AWatchThatEndsAtOnceWithNothingBacksOff()
    {
        _source.AnswerList("10");
        _source.AnswerWatch(null);
        _source.AnswerWatch(null, Event(WatchEventType.Added, "a", "11"));

        var next = Start().MoveNextAsync().AsTask();
        await Until(() => _clock.PendingTimers == 1);
        Assert.Single(_source.WatchCalls);

        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await next);
    }

    [Fact]
    public async Task AFailedListBacksOffAndListsAgain()
    {
        _source.FailList(new HttpRequestException("connection refused"));
        _source.AnswerList("10", Job("a", "5"));

        var next = Start().MoveNextAsync().AsTask();
        await Until(() => _clock.PendingTimers == 1);
        _clock.Advance(TimeSpan.FromSeconds(2));

        Assert.True(await next);
        Assert.Equal(2, _source.ListCalls.Count);
    }

    [Fact]
    public async Task AFailureNoRetryCanFixEndsTheStream()
    {
        _source.FailList(new KubernetesApiException(403, "Forbidden", "jobs.batch is forbidden", "list", "jobs.batch in namespace n"));

        var error = await Assert.ThrowsAsync<KubernetesApiException>(async () => await Start().MoveNextAsync());

        Assert.Equal("Forbidden", error.Reason);
    }

    [Fact]
    public async Task TheListIsReadInPagesOf500()
    {
        _source.AnswerList((_, _) => new V1JobList { Metadata = new V1ListMeta { ContinueProperty = "page-2", ResourceVersion = "10" }, Items = [Job("a", "5")] });
        _source.AnswerList((_, _) => new V1JobList { Metadata = new V1ListMeta { ResourceVersion = "10" }, Items = [Job("b", "6")] });

        Assert.Equal(["Added a 5", "Added b 6"], await Take(2));
        Assert.Equal([(null, 500), ("page-2", 500)], _source.ListCalls);
    }

    [Fact]
    public async Task AnExpiredContinueTokenFallsBackToOneFullList()
    {
        _source.AnswerList((_, _) => new V1JobList { Metadata = new V1ListMeta { ContinueProperty = "page-2", ResourceVersion = "10" }, Items = [Job("a", "5")] });
        _source.FailList(new KubernetesApiException(410, "Expired", "continue token too old"));
        _source.AnswerList("40", Job("a", "35"), Job("b", "36"));

        Assert.Equal(["Added a 35", "Added b 36"], await Take(2));
        Assert.Equal([(null, 500), ("page-2", 500), (null, null)], _source.ListCalls);
        Pull();
        await Until(() => _source.WatchCalls.Count == 1);
        Assert.Equal("40", _source.WatchCalls[0].ResourceVersion);
    }

    private IAsyncEnumerator<JobEvent> Start()
    {
        var watcher = new JobWatcher(_source, new JobWatcherOptions { Time = _clock }, logger: null);
        _events = watcher.WatchAsync("inventory", "app=runner", _stop.Token).GetAsyncEnumerator(_stop.Token);
        return _events;
    }

    // Asks for one more event without waiting for it, so the loop goes on to its next call.
    private void Pull() => _pending = _events!.MoveNextAsync().AsTask();

    private async Task<List<string>> Take(int count)
    {
        var events = Start();
        var seen = new List<string>();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        limit.CancelAfter(TimeSpan.FromSeconds(10));
        while (seen.Count < count && await events.MoveNextAsync().AsTask().WaitAsync(limit.Token))
        {
            seen.Add($"{events.Current.Type} {events.Current.Object.Metadata!.Name} {events.Current.Object.Metadata.ResourceVersion}");
        }

        return seen;
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting");
            await Task.Delay(5);
        }
    }
}
