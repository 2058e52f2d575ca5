using System.Net;
using Inventory.Testing.Kubernetes;

namespace Inventory.Testing.Tests.Kubernetes;

public sealed class FaultTests : RawKubeTest
{
    [Fact]
    public async Task FailNextAnswers429WithRetryAfterThenRecovers()
    {
        Fake.FailNext(429, times: 2, retryAfter: TimeSpan.FromSeconds(3));

        var first = await Kube.PostAsync(RawKube.Jobs, TestJobs.Job("a"));
        var second = await Kube.PostAsync(RawKube.Jobs, TestJobs.Job("a"));
        var third = await Kube.PostAsync(RawKube.Jobs, TestJobs.Job("a"));

        Assert.Equal(HttpStatusCode.TooManyRequests, first.Status);
        Assert.Equal(TimeSpan.FromSeconds(3), first.RetryAfter);
        Assert.Equal("TooManyRequests", first.Reason);
        Assert.Equal(3, first.Json!["details"]!["retryAfterSeconds"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.TooManyRequests, second.Status);
        Assert.Equal(HttpStatusCode.Created, third.Status);
        Assert.Equal([429, 429, 201], Fake.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task ADeniedVerbIs403WithTheApiServersWordingAndOtherVerbsStillWork()
    {
        Fake.Deny("watch", "jobs");

        var watch = await Kube.GetAsync(RawKube.Jobs + "?watch=true");
        var list = await Kube.GetAsync(RawKube.Jobs + "?watch=false");
        var pods = await Kube.GetAsync(RawKube.Pods);

        Assert.Equal(HttpStatusCode.Forbidden, watch.Status);
        Assert.Equal("Forbidden", watch.Reason);
        Assert.Equal(
            "jobs.batch is forbidden: User \"system:serviceaccount:inventory:aws-inventory-orchestrator-sa\" cannot watch resource \"jobs\" in API group \"batch\" in the namespace \"inventory\"",
            (string?)watch.Json!["message"]);
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Equal(HttpStatusCode.OK, pods.Status);
    }

    [Fact]
    public async Task AFaultWithAPathOnlyHitsThatPath()
    {
        Fake.FailNext(500, times: 1, pathContains: "/pods");

        var jobs = await Kube.GetAsync(RawKube.Jobs);
        var pods = await Kube.GetAsync(RawKube.Pods);
        var again = await Kube.GetAsync(RawKube.Pods);

        Assert.Equal(HttpStatusCode.OK, jobs.Status);
        Assert.Equal(HttpStatusCode.InternalServerError, pods.Status);
        Assert.Equal("InternalError", pods.Reason);
        Assert.Null(pods.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, again.Status);
    }

    [Fact]
    public async Task RequestsAreRecordedWithMethodPathQueryAndStatus()
    {
        var before = DateTimeOffset.UtcNow;
        await Kube.GetAsync($"{RawKube.Jobs}?labelSelector=a%3Db&limit=5");

        var request = Assert.Single(Fake.Requests);

        Assert.Equal("GET", request.Method);
        Assert.Equal(RawKube.Jobs, request.Path);
        Assert.Equal("labelSelector=a%3Db&limit=5", request.Query);
        Assert.Equal(200, request.Status);
        Assert.InRange(request.Time, before.AddSeconds(-1), DateTimeOffset.UtcNow);
    }
}
