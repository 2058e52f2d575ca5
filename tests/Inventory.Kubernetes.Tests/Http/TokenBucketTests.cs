using Inventory.Testing.Time;

namespace Inventory.Kubernetes.Tests.Http;

public sealed class TokenBucketTests
{
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public void TheBurstGoesAtOnceAndTheRestAtTheRate()
    {
        var bucket = new TokenBucket(qps: 5, burst: 10, _clock);

        var calls = Enumerable.Range(0, 20).Select(_ => bucket.AcquireAsync(CancellationToken.None).AsTask()).ToList();

        Assert.Equal(10, calls.Count(call => call.IsCompleted));
        for (var step = 1; step <= 10; step++)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(200));
            Assert.Equal(10 + step, calls.Count(call => call.IsCompleted));
        }

        Assert.Equal(TimeSpan.FromSeconds(2), _clock.Elapsed);
    }

    [Fact]
    public void AQuietSpellRefillsUpToTheBurstOnly()
    {
        var bucket = new TokenBucket(qps: 5, burst: 10, _clock);
        _ = Enumerable.Range(0, 10).Select(_ => bucket.AcquireAsync(CancellationToken.None).AsTask()).ToList();

        _clock.Advance(TimeSpan.FromMinutes(1));
        var calls = Enumerable.Range(0, 11).Select(_ => bucket.AcquireAsync(CancellationToken.None).AsTask()).ToList();

        Assert.Equal(10, calls.Count(call => call.IsCompleted));
    }

    [Fact]
    public async Task ACancelledWaiterGivesItsTokenBack()
    {
        var bucket = new TokenBucket(qps: 1, burst: 1, _clock);
        await bucket.AcquireAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = bucket.AcquireAsync(cancel.Token).AsTask();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(bucket.AcquireAsync(CancellationToken.None).AsTask().IsCompleted);
    }

    [Fact]
    public void ZeroQpsMeansNoLimit()
    {
        var bucket = new TokenBucket(qps: 0, burst: 1, _clock);

        Assert.All(Enumerable.Range(0, 100), _ => Assert.True(bucket.AcquireAsync(CancellationToken.None).AsTask().IsCompleted));
    }
}
