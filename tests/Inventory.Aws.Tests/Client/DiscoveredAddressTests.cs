using System.Text.Json.Nodes;
using Inventory.Aws.Client;
using Inventory.Aws.Endpoints;
using Inventory.Testing.Time;

namespace Inventory.Aws.Tests.Client;

/// <summary>
/// How a DescribeEndpoints answer becomes an endpoint: a bare address takes the scheme of the
/// endpoint that answered (https in AWS), one with a scheme is kept, and the signing scope stays.
/// </summary>
public sealed class DiscoveredAddressTests
{
    private static readonly AwsEndpoint Regional = new(new Uri("https://ingest.timestream.eu-west-1.amazonaws.com"), "eu-west-1", "timestream");
    private static readonly EndpointDiscovery.Key Key = new("timestream-write", "eu-west-1", "AKIAEXAMPLE");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("ingest-cell2.timestream.eu-west-1.amazonaws.com", "https://ingest-cell2.timestream.eu-west-1.amazonaws.com/")]
    [InlineData("http://127.0.0.1:4566", "http://127.0.0.1:4566/")]
    public async Task TheAddressBecomesTheEndpointSignedAsTheRegionalOne(string address, string expected)
    {
        var clock = new ManualTimeProvider();

        var found = await new EndpointDiscovery(clock).FindAsync(Key, Regional, () => Answer(address, 5), Cancel);

        Assert.Equal(new Uri(expected), found.Endpoint!.Url);
        Assert.Equal(("eu-west-1", "timestream", false), (found.Endpoint.SigningRegion, found.Endpoint.SigningName, found.Endpoint.IsOverride));
        Assert.Equal(clock.GetUtcNow().AddMinutes(5), found.ExpiresAt);
    }

    [Theory]
    [InlineData("""{"Endpoints":[{"Address":"","CachePeriodInMinutes":5}]}""")]
    [InlineData("""{"Endpoints":[{"Address":"ftp://cell.example","CachePeriodInMinutes":5}]}""")]
    [InlineData("""{"Endpoints":[{"Address":"cell.example"}]}""")]
    [InlineData("""{"Endpoints":[{"Address":7,"CachePeriodInMinutes":"soon"}]}""")]
    [InlineData("""{"Endpoints":{}}""")]
    [InlineData("""{}""")]
    public async Task AnUnusableAnswerIsAFailure(string answer)
    {
        var output = JsonNode.Parse(answer)!.AsObject();

        var found = await new EndpointDiscovery(new ManualTimeProvider()).FindAsync(Key, Regional, () => Task.FromResult(AwsResult.Success(output, 1)), Cancel);

        Assert.Null(found.Endpoint);
        Assert.Equal("EndpointDiscoveryFailed", found.Failure!.Error!.Code);
    }

    [Fact]
    public async Task ADiscoveryThatThrowsIsNotKept()
    {
        var discovery = new EndpointDiscovery(new ManualTimeProvider());

        await Assert.ThrowsAsync<InvalidOperationException>(() => discovery.FindAsync(Key, Regional, () => throw new InvalidOperationException("no credentials"), Cancel));
        var found = await discovery.FindAsync(Key, Regional, () => Answer("cell.example", 5), Cancel);

        Assert.Equal(new Uri("https://cell.example/"), found.Endpoint!.Url);
    }

    private static Task<AwsResult> Answer(string address, int minutes) => Task.FromResult(AwsResult.Success(
        new JsonObject { ["Endpoints"] = new JsonArray(new JsonObject { ["Address"] = address, ["CachePeriodInMinutes"] = minutes }) }, 1));
}
