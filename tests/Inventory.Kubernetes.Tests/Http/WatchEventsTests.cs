namespace Inventory.Kubernetes.Tests.Http;

public sealed class WatchEventsTests
{
    [Fact]
    public void AnAddedLineBecomesATypedEvent()
    {
        var change = WatchEvents.Parse(
            """{"type":"ADDED","object":{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"a","resourceVersion":"12"},"status":{"active":1}}}""",
            KubernetesJsonContext.Default.Job, "GET /x");

        Assert.Equal(WatchEventType.Added, change.Type);
        Assert.Equal("a", change.Object.Metadata!.Name);
        Assert.Equal("12", change.Object.Metadata.ResourceVersion);
        Assert.Equal(1, change.Object.Status!.Active);
    }

    [Fact]
    public void ABookmarkCarriesItsResourceVersion()
    {
        var change = WatchEvents.Parse(
            """{"type":"BOOKMARK","object":{"kind":"Job","apiVersion":"batch/v1","metadata":{"resourceVersion":"40","annotations":{"k8s.io/initial-events-end":"true"}}}}""",
            KubernetesJsonContext.Default.Job, "GET /x");

        Assert.Equal(WatchEventType.Bookmark, change.Type);
        Assert.Equal("40", change.Object.Metadata!.ResourceVersion);
    }

    [Fact]
    public void AnErrorEventIsThrownWithItsStatus()
    {
        var error = Assert.Throws<KubernetesException>(() => WatchEvents.Parse(
            """{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","status":"Failure","message":"too old resource version: 5 (80)","reason":"Expired","code":410}}""",
            KubernetesJsonContext.Default.Job, "GET /apis/batch/v1/namespaces/n/jobs?watch=true"));

        Assert.Equal(410, error.StatusCode);
        Assert.Equal("Expired", error.Reason);
        Assert.True(error.IsExpired);
        Assert.Equal("too old resource version: 5 (80)", error.StatusMessage);
        Assert.Equal("GET /apis/batch/v1/namespaces/n/jobs?watch=true: 410 Expired: too old resource version: 5 (80)", error.Message);
    }

    [Fact]
    public void AnUnknownTypeIsInvalidData()
    {
        var error = Assert.Throws<InvalidDataException>(() => WatchEvents.Parse("""{"type":"SURPRISE","object":{}}""", KubernetesJsonContext.Default.Job, "GET /x"));

        Assert.Contains("SURPRISE", error.Message, StringComparison.Ordinal);
    }
}
