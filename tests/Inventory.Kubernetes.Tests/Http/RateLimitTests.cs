using Inventory.Kubernetes.Tests.Support;
using Inventory.Testing.Time;

using k8s;

namespace Inventory.Kubernetes.Tests.Http;

/// <summary>client-go's client-side limit: Burst calls at once, then Qps a second, on the client's clock.</summary>
public sealed class RateLimitTests : FakeKubernetesTest
{
    [Fact]
    public async Task TwentyCallsAtFiveQpsAndBurstTenTakeTwoSeconds()
    {
        var clock = new ManualTimeProvider();
        var client = Client(new KubernetesApiOptions { Qps = 5, Burst = 10, Time = clock });

        var calls = Enumerable.Range(0, 20).Select(_ => client.GetJobAsync(Ns, "absent", Ct)).ToList();
        await Until(() => calls.Count(call => call.IsCompleted) == 10, "the burst");
        Assert.Equal(10, Fake.Requests.Count);

        for (var sent = 11; sent <= 20; sent++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(200));
            await Until(() => calls.Count(call => call.IsCompleted) == sent, $"call {sent}");
            Assert.Equal(sent, Fake.Requests.Count);
        }

        await Task.WhenAll(calls);
        Assert.Equal(TimeSpan.FromSeconds(2), clock.Elapsed);
    }

    [Fact]
    public async Task AWatchTakesOneTokenWhenItStartsAndNoneWhileItRuns()
    {
        var clock = new ManualTimeProvider();
        var client = Client(new KubernetesApiOptions { Qps = 1, Burst = 2, Time = clock });
        var list = await client.ListJobsAsync(Ns, null, ct: Ct);
        await using var events = client.WatchJobsAsync(Ns, null, list.Metadata!.ResourceVersion!, ct: Ct).GetAsyncEnumerator(Ct);
        var first = events.MoveNextAsync().AsTask();
        await Until(() => Fake.Requests.Count == 2, "the watch");

        var creates = Enumerable.Range(0, 3).Select(i => client.CreateJobAsync(Ns, RunnerJob($"runner-{i}"), Ct)).ToList();
        clock.Advance(TimeSpan.FromSeconds(3));
        await Task.WhenAll(creates);

        Assert.True(await first);
        Assert.Equal(WatchEventType.Added, events.Current.Type);
    }
}
