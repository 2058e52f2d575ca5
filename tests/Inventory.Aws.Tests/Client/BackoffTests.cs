using Inventory.Aws.Client;

namespace Inventory.Aws.Tests.Client;

public sealed class BackoffTests
{
    private static readonly AwsClientOptions Options = new() { BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(2) };

    [Theory]
    [InlineData(1, 100)]
    [InlineData(2, 200)]
    [InlineData(4, 800)]
    [InlineData(10, 2000)]
    public void DelaysAreJitteredUnderADoublingCappedCeiling(int attempt, int ceilingMs)
    {
        var delays = Enumerable.Range(0, 2000).Select(_ => Backoff.Delay(attempt, Options, null).TotalMilliseconds).ToArray();

        Assert.All(delays, delay => Assert.InRange(delay, 0, ceilingMs));
        // Full jitter spreads over the whole range rather than clustering at the ceiling.
        Assert.InRange(delays.Average(), ceilingMs * 0.4, ceilingMs * 0.6);
    }

    [Fact]
    public void RetryAfterIsAFloor()
    {
        var delay = Backoff.Delay(1, Options, TimeSpan.FromMilliseconds(1500));
        Assert.Equal(TimeSpan.FromMilliseconds(1500), delay);
    }

    [Fact]
    public void RetryAfterBeyondTheCapIsCapped()
    {
        Assert.Equal(Options.MaxDelay, Backoff.Delay(1, Options, TimeSpan.FromMinutes(5)));
    }
}
