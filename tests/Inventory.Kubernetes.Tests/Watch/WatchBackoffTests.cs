using Inventory.Testing.Time;

namespace Inventory.Kubernetes.Tests.Watch;

public sealed class WatchBackoffTests
{
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public void DelaysDoubleFrom800MsWithJitterUpTo30Seconds()
    {
        var backoff = new WatchBackoff(new JobWatcherOptions { Time = _clock });
        double[] bases = [0.8, 1.6, 3.2, 6.4, 12.8, 25.6, 30, 30];

        foreach (var basis in bases)
        {
            var delay = backoff.Next().TotalSeconds;
            Assert.InRange(delay, basis, Math.Min(2 * basis, 30));
        }
    }

    [Fact]
    public void TwoMinutesWithoutAFailureStartsOver()
    {
        var backoff = new WatchBackoff(new JobWatcherOptions { Time = _clock });
        for (var i = 0; i < 5; i++)
        {
            backoff.Next();
        }

        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.InRange(backoff.Next().TotalSeconds, 0.8, 1.6);
    }
}
