using System.Text.Json.Nodes;
using Amazon.Runtime;
using Inventory.Aws.Client;
using Inventory.Aws.Endpoints;
using Inventory.Testing.Aws;
using Inventory.Testing.Http;
using Microsoft.AspNetCore.Http;
using Inventory.Testing.Time;

namespace Inventory.Aws.Tests.Client;

/// <summary>
/// Operations whose model requires endpoint discovery (Timestream) go to the address the
/// service's DescribeEndpoints names, cached for its CachePeriodInMinutes. The regional proxy
/// answers DescribeEndpoints with the address of a second proxy (the "cell") in front of moto,
/// so every call's destination is on record.
/// </summary>
public sealed class EndpointDiscoveryTests(MotoFixture moto) : ProxiedMoto(moto), IClassFixture<MotoFixture>, IAsyncLifetime
{
    private const string Region = "us-east-1";
    private const string Database = "discovered_db";

    private FaultProxy _cell = null!;

    [Fact]
    public async Task CallsGoToTheDiscoveredAddressSignedForTheServiceAndRegion()
    {
        await SeedDatabaseAsync();
        AnswerDiscovery(minutes: 10);

        var result = await Client(options: Discovering()).InvokeAsync("timestream-write", Region, "ListDatabases", null, Cancel);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Contains(result.Output!["Databases"]!.AsArray(), db => (string)db!["DatabaseName"]! == Database);
        var discovery = Assert.Single(Proxy.Calls);
        Assert.Equal(("timestream", "DescribeEndpoints", Region, true), (discovery.Service, discovery.Action, discovery.Region, discovery.Injected));
        var listed = Assert.Single(_cell.Calls);
        Assert.Equal(("timestream", "ListDatabases", Region, 200), (listed.Service, listed.Action, listed.Region, listed.StatusCode));
    }

    [Fact]
    public async Task TheAddressIsCachedForItsPeriodThenDiscoveredAgain()
    {
        var clock = new ManualTimeProvider();
        AnswerDiscovery(minutes: 10);
        var client = Client(options: Discovering(clock));

        await AssertSucceedsAsync(client.InvokeAsync("timestream-write", Region, "ListDatabases", null, Cancel));
        clock.Advance(TimeSpan.FromMinutes(9));
        await AssertSucceedsAsync(client.InvokeAsync("timestream-write", Region, "ListDatabases", null, Cancel));
        Assert.Single(Proxy.Calls, call => call.Action == "DescribeEndpoints");

        clock.Advance(TimeSpan.FromMinutes(1));
        await AssertSucceedsAsync(client.InvokeAsync("timestream-write", Region, "ListDatabases", null, Cancel));

        Assert.Equal(2, Proxy.Calls.Count(call => call.Action == "DescribeEndpoints"));
        Assert.Equal(3, _cell.Calls.Count(call => call.Action == "ListDatabases"));
        Assert.DoesNotContain(Proxy.Calls, call => call.Action == "ListDatabases");
    }

    [Fact]
    public async Task EachAccessKeyDiscoversItsOwnCell()
    {
        AnswerDiscovery(minutes: 10);
        var credentials = new SwitchableCredentials("key-1");
        var client = Client(credentials, Discovering());

        await AssertSucceedsAsync(client.InvokeAsync("timestream-write", Region, "ListDatabases", null, Cancel));
        await AssertSucceedsAsync(client.InvokeAsync("timestream-write", Region, "ListDatabases", null, Cancel));
        credentials.AccessKey = "key-2";
        await AssertSucceedsAsync(client.InvokeAsync("timestream-write", Region, "ListDatabases", null, Cancel));

        Assert.Equal(["key-1", "key-2"], Proxy.Calls.Where(call => call.Action == "DescribeEndpoints").Select(call => call.AccessKeyId));
        Assert.Equal(3, _cell.Calls.Count);
    }

    [Fact]
    public async Task ConcurrentCallsShareOneDiscovery()
    {
        // The regional endpoint holds its answer until the test lets it go, so every call below
        // arrives while the discovery is in flight.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var asked = 0;
        await using var regional = await LoopbackServer.StartAsync(async context =>
        {
            Interlocked.Increment(ref asked);
            await gate.Task.WaitAsync(context.RequestAborted);
            context.Response.ContentType = "application/x-amz-json-1.0";
            await context.Response.WriteAsync(DiscoveryAnswer(minutes: 10), context.RequestAborted);
        }, Cancel);
        var client = new AwsClient(
            new BasicAWSCredentials(MotoCredentials.AccessKeyId, MotoCredentials.SecretAccessKey),
            Discovering(),
            endpoints: new AwsEndpointResolver(name => name == "AWS_ENDPOINT_URL" ? regional.Endpoint.ToString() : null));

        var calls = Enumerable.Range(0, 8).Select(_ => client.InvokeAsync("timestream-write", Region, "ListDatabases", null, Cancel)).ToList();
        while (Volatile.Read(ref asked) == 0)
        {
            await Task.Delay(10, Cancel);
        }

        try
        {
            await Task.Delay(200, Cancel); // room for any further discovery request to arrive
            Assert.Equal(1, Volatile.Read(ref asked));
            Assert.All(calls, call => Assert.False(call.IsCompleted));
        }
        finally
        {
            gate.TrySetResult();
        }

        var results = await Task.WhenAll(calls);

        Assert.All(results, result => Assert.True(result.Succeeded, result.Error?.ToString()));
        Assert.Equal(1, asked);
        Assert.Equal(8, _cell.Calls.Count(call => call.Action == "ListDatabases"));
    }

    [Theory]
    [InlineData(403, "AccessDeniedException", 1)]
    [InlineData(500, "InternalServerException", 3)]
    public async Task AFailedDiscoveryFailsTheCallWithItsErrorAndIsNotCached(int status, string code, int attempts)
    {
        Proxy.AddRule(new FaultRule(Fault.Error(status, code, "discovery refused")) { Action = "DescribeEndpoints", Times = attempts });
        AnswerDiscovery(minutes: 10);
        var client = Client(options: Discovering());

        var failed = await client.InvokeAsync("timestream-write", Region, "ListDatabases", null, Cancel);

        Assert.Equal(code, failed.Error?.Code);
        Assert.Equal(attempts, failed.Attempts);
        Assert.Empty(_cell.Calls);
        Assert.Equal(2, client.Statistics.Errors); // the discovery call and the call it failed

        await AssertSucceedsAsync(client.InvokeAsync("timestream-write", Region, "ListDatabases", null, Cancel));
        Assert.Equal(attempts + 1, Proxy.Calls.Count(call => call.Action == "DescribeEndpoints"));
    }

    [Fact]
    public async Task AnInvalidEndpointIsForgottenAndDiscoveredOnceMore()
    {
        _cell.AddRule(new FaultRule(Fault.Error(421, "InvalidEndpointException", "The requested endpoint was not valid.")) { Action = "ListDatabases", Times = 1 });
        AnswerDiscovery(minutes: 10);
        var client = Client(options: Discovering());

        await AssertSucceedsAsync(client.InvokeAsync("timestream-write", Region, "ListDatabases", null, Cancel));

        Assert.Equal(2, Proxy.Calls.Count(call => call.Action == "DescribeEndpoints"));
        Assert.Equal([421, 200], _cell.Calls.Select(call => call.StatusCode));
        Assert.Equal(0, client.Statistics.Errors);
    }

    [Fact]
    public async Task AnInvalidEndpointTwiceInARowIsTheCallsError()
    {
        _cell.AddRule(new FaultRule(Fault.Error(421, "InvalidEndpointException", "The requested endpoint was not valid.")) { Action = "ListDatabases" });
        AnswerDiscovery(minutes: 10);

        var result = await Client(options: Discovering()).InvokeAsync("timestream-write", Region, "ListDatabases", null, Cancel);

        Assert.Equal("InvalidEndpointException", result.Error?.Code);
        Assert.Equal(2, Proxy.Calls.Count(call => call.Action == "DescribeEndpoints"));
        Assert.Equal(2, _cell.Calls.Count);
    }

    [Fact]
    public async Task AnAnswerWithoutAnEndpointFailsTheCall()
    {
        Proxy.AddRule(new FaultRule(Fault.Answer("""{"Endpoints":[]}""", "application/x-amz-json-1.0")) { Action = "DescribeEndpoints" });

        var result = await Client(options: Discovering()).InvokeAsync("timestream-write", Region, "ListDatabases", null, Cancel);

        Assert.Equal("EndpointDiscoveryFailed", result.Error?.Code);
        Assert.Empty(_cell.Calls);
    }

    [Fact]
    public async Task AConfiguredEndpointTakesTheCallsWithoutDiscovery()
    {
        await SeedDatabaseAsync();

        var result = await Client().InvokeAsync("timestream-write", Region, "ListDatabases", null, Cancel);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(["ListDatabases"], Proxy.Calls.Select(call => call.Action));
    }

    [Fact]
    public async Task OperationsWithoutTheTraitAreNotDiscovered()
    {
        var result = await Client(options: Discovering()).InvokeAsync("dynamodb", Region, "ListTables", null, Cancel);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(["ListTables"], Proxy.Calls.Select(call => call.Action));
    }

    public new async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _cell = await FaultProxy.StartAsync(Moto.Endpoint, Cancel);
    }

    public new async ValueTask DisposeAsync()
    {
        await _cell.DisposeAsync();
        await base.DisposeAsync();
    }

    private static AwsClientOptions Discovering(TimeProvider? time = null) =>
        FastRetries with { DiscoverEndpointsDespiteOverride = true, Time = time ?? TimeProvider.System };

    // A bare host:port, as AWS answers a host name; it takes the scheme of the endpoint that answered (http here).
    private void AnswerDiscovery(int minutes) =>
        Proxy.AddRule(new FaultRule(Fault.Answer(DiscoveryAnswer(minutes), "application/x-amz-json-1.0")) { Action = "DescribeEndpoints" });

    private string DiscoveryAnswer(int minutes) =>
        $$"""{"Endpoints":[{"Address":"127.0.0.1:{{_cell.Endpoint.Port}}","CachePeriodInMinutes":{{minutes}}}]}""";

    private async Task SeedDatabaseAsync() => await
        Moto.Raw.JsonAsync(MotoCredentials.ManagementAccountId, "timestream", Region, "Timestream_20181101.CreateDatabase",
            new JsonObject { ["DatabaseName"] = Database }, "1.0", Cancel);

    private static async Task AssertSucceedsAsync(Task<AwsResult> call)
    {
        var result = await call;
        Assert.True(result.Succeeded, result.Error?.ToString());
    }

    /// <summary>Keys the test swaps, as a refreshed role session gets new ones.</summary>
    private sealed class SwitchableCredentials(string accessKey) : AWSCredentials
    {
        public string AccessKey { get; set; } = accessKey;

        public override ImmutableCredentials GetCredentials() => new(AccessKey, MotoCredentials.SecretAccessKey, null);
    }
}
