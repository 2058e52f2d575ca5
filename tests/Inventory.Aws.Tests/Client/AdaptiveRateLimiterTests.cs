using Inventory.Aws.Client;
using Inventory.Testing.Time;

namespace Inventory.Aws.Tests.Client;

public sealed class AdaptiveRateLimiterTests
{
    private readonly ManualTimeProvider _clock = new();

    private AdaptiveRateLimiter Limiter() => new(new AwsClientOptions { Time = _clock, MinRate = 0.5, RecoveryPerSecond = 0.05 });

    [Fact]
    public async Task AnUnthrottledLimiterNeverWaits()
    {
        var limiter = Limiter();
        for (var i = 0; i < 500; i++)
        {
            var acquired = limiter.AcquireAsync(CancellationToken.None);
            Assert.True(acquired.IsCompletedSuccessfully);
            await acquired;
        }

        Assert.Null(limiter.Rate);
        Assert.Equal(TimeSpan.Zero, _clock.Elapsed);
    }

    [Fact]
    public async Task AThrottleHalvesTheRateThatWasBeingSent()
    {
        var limiter = await SendAtRate(20);
        limiter.OnThrottle();
        Assert.Equal(10, limiter.Rate!.Value, precision: 6);

        limiter.OnThrottle();
        Assert.Equal(5, limiter.Rate!.Value, precision: 6);
    }

    [Fact]
    public async Task AThrottledLimiterPacesCallsAtItsRate()
    {
        var limiter = await SendAtRate(20);
        limiter.OnThrottle();
        var start = _clock.Elapsed;

        for (var i = 0; i < 10; i++)
        {
            var acquired = limiter.AcquireAsync(CancellationToken.None).AsTask();
            while (!acquired.IsCompleted && _clock.AdvanceToNextTimer())
            {
                await Task.Yield();
            }

            await acquired.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        }

        // Ten calls at ten per second take one second of the limiter's clock.
        Assert.Equal(1.0, (_clock.Elapsed - start).TotalSeconds, precision: 3);
    }

    [Fact]
    public async Task RepeatedThrottlesStopAtTheMinimumRate()
    {
        var limiter = await SendAtRate(4);
        for (var i = 0; i < 20; i++)
        {
            limiter.OnThrottle();
        }

        Assert.Equal(0.5, limiter.Rate!.Value, precision: 6);
    }

    [Fact]
    public async Task CalmSecondsRecoverTheRateSlowlyThenLiftTheLimit()
    {
        var limiter = await SendAtRate(20);
        limiter.OnThrottle();

        _clock.Advance(TimeSpan.FromSeconds(1));
        limiter.OnSuccess();
        Assert.Equal(11, limiter.Rate!.Value, precision: 6);

        // 5 % of the pre-throttle rate per calm second: 9 more seconds to get back to 20.
        for (var second = 0; second < 8; second++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            limiter.OnSuccess();
            Assert.NotNull(limiter.Rate);
        }

        _clock.Advance(TimeSpan.FromSeconds(1));
        limiter.OnSuccess();
        Assert.Null(limiter.Rate);
    }

    [Fact]
    public async Task SuccessesWithinTheSameSecondDoNotRecover()
    {
        var limiter = await SendAtRate(20);
        limiter.OnThrottle();
        for (var i = 0; i < 100; i++)
        {
            limiter.OnSuccess();
        }

        Assert.Equal(10, limiter.Rate!.Value, precision: 6);
    }

    private async Task<AdaptiveRateLimiter> SendAtRate(int callsPerSecond)
    {
        var limiter = Limiter();
        await limiter.AcquireAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await limiter.AcquireAsync(CancellationToken.None);
        for (var i = 1; i < callsPerSecond; i++)
        {
            await limiter.AcquireAsync(CancellationToken.None);
        }

        _clock.Advance(TimeSpan.FromSeconds(1));
        await limiter.AcquireAsync(CancellationToken.None);
        return limiter;
    }
}
