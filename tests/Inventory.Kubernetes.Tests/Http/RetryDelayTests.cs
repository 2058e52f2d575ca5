using System.Net;
using System.Net.Http.Headers;
using Inventory.Testing.Time;

namespace Inventory.Kubernetes.Tests.Http;

public sealed class RetryDelayTests
{
    private static readonly KubernetesApiOptions Options = new()
    {
        BaseDelay = TimeSpan.FromMilliseconds(100),
        MaxDelay = TimeSpan.FromSeconds(5),
    };

    [Theory]
    [InlineData(1, 100)]
    [InlineData(3, 400)]
    [InlineData(10, 5000)]
    public void TheDelayIsJitteredUnderADoublingCeiling(int attempt, int ceilingMs)
    {
        for (var i = 0; i < 50; i++)
        {
            var delay = RetryDelay.For(attempt, Options, retryAfter: null);
            Assert.InRange(delay, TimeSpan.Zero, TimeSpan.FromMilliseconds(ceilingMs));
        }
    }

    [Fact]
    public void RetryAfterIsAFloorAndMaxDelayACap()
    {
        Assert.Equal(TimeSpan.FromSeconds(2), RetryDelay.For(1, Options, TimeSpan.FromSeconds(2)));
        Assert.Equal(TimeSpan.FromSeconds(5), RetryDelay.For(1, Options, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void RetryAfterIsReadAsSecondsOrAsADate()
    {
        var clock = new ManualTimeProvider();
        using var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3)) } };
        using var date = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Headers = { RetryAfter = new RetryConditionHeaderValue(clock.Start.AddSeconds(7)) } };
        using var none = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.Equal(TimeSpan.FromSeconds(3), RetryDelay.RetryAfter(seconds, clock));
        Assert.Equal(TimeSpan.FromSeconds(7), RetryDelay.RetryAfter(date, clock));
        Assert.Null(RetryDelay.RetryAfter(none, clock));
    }
}
