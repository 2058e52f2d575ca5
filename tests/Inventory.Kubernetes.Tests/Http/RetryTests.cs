using Inventory.Kubernetes.Tests.Support;
using Inventory.Testing.Time;

namespace Inventory.Kubernetes.Tests.Http;

/// <summary>429 and 5xx are retried with backoff (Retry-After honoured) up to MaxAttempts; the rest surface at once.</summary>
public sealed class RetryTests : FakeKubernetesTest
{
    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task AFailureTheServerMayGetOverIsRetried(int status)
    {
        Fake.FailNext(status, 2, "/jobs");

        var created = await Client().CreateJobAsync(Ns, RunnerJob("runner-a"), Ct);

        Assert.Equal("runner-a", created.Metadata!.Name);
        Assert.Equal([status, status, 201], RequestsTo("POST", "/jobs").Select(request => request.Status));
    }

    [Fact]
    public async Task AttemptsAreCappedAndTheLastStatusSurfaces()
    {
        Fake.FailNext(503, 10, "/jobs");

        var error = await Assert.ThrowsAsync<KubernetesApiException>(
            () => Client(FastRetries with { MaxAttempts = 3 }).ListJobsAsync(Ns, null, ct: Ct));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(3, RequestsTo("GET", "/jobs").Count);
    }

    [Fact]
    public async Task AGenerateNameCreateIsNotRepeatedAfterA5xx()
    {
        Fake.FailNext(500, 1, "/jobs");

        var error = await Assert.ThrowsAsync<KubernetesApiException>(
            () => Client().CreateJobAsync(Ns, RunnerJob("ignored", generateName: "runner-"), Ct));

        Assert.Equal(500, error.StatusCode);
        Assert.Single(RequestsTo("POST", "/jobs"));
    }

    [Fact]
    public async Task AGenerateNameCreateIsRepeatedAfterA429()
    {
        Fake.FailNext(429, 1, "/jobs");

        await Client().CreateJobAsync(Ns, RunnerJob("ignored", generateName: "runner-"), Ct);

        Assert.Equal([429, 201], RequestsTo("POST", "/jobs").Select(request => request.Status));
    }

    [Fact]
    public async Task ClientErrorsAreNotRetried()
    {
        var client = Client();
        await client.CreateJobAsync(Ns, RunnerJob("runner-a"), Ct);

        await Assert.ThrowsAsync<KubernetesApiException>(() => client.CreateJobAsync(Ns, RunnerJob("runner-a"), Ct));

        Assert.Equal([201, 409], RequestsTo("POST", "/jobs").Select(request => request.Status));
    }

    [Fact]
    public async Task RetryAfterIsWaitedOutOnTheClientsClock()
    {
        var clock = new ManualTimeProvider();
        Fake.FailNext(429, 1, "/jobs", retryAfter: TimeSpan.FromSeconds(2));
        var client = Client(new KubernetesApiOptions { Time = clock, BaseDelay = TimeSpan.FromMilliseconds(100) });

        var listing = client.ListJobsAsync(Ns, null, ct: Ct);
        await Until(() => clock.PendingTimers == 1, "the retry's wait");
        clock.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.Single(RequestsTo("GET", "/jobs"));
        Assert.False(listing.IsCompleted);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await listing;
        Assert.Equal([429, 200], RequestsTo("GET", "/jobs").Select(request => request.Status));
    }
}
