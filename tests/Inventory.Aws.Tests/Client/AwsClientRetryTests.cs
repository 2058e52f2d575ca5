using System.Diagnostics;
using System.Text.Json.Nodes;
using Inventory.Aws.Http;
using Inventory.Testing.Aws;

namespace Inventory.Aws.Tests.Client;

/// <summary>Pagination, throttling storms, 5xx, resets and Retry-After, through the fault proxy.</summary>
public sealed class AwsClientRetryTests(MotoFixture moto) : ProxiedMoto(moto), IClassFixture<MotoFixture>
{
    private const string Account = MotoCredentials.ManagementAccountId;

    [Fact]
    public async Task Ec2PaginationCollectsEveryPageWithoutDuplicates()
    {
        // moto pages DescribeInstances by reservation: one RunInstances call each.
        var ids = new List<string>();
        for (var i = 0; i < 11; i++)
        {
            ids.AddRange(await Moto.Seed.RunInstancesAsync(Account, "us-west-2", 1, Cancel));
        }

        var pages = await Client().PaginateAsync("ec2", "us-west-2", "DescribeInstances", new JsonObject { ["MaxResults"] = 5 }, Cancel).ToListAsync(Cancel);

        Assert.All(pages, page => Assert.True(page.Succeeded));
        Assert.Equal(3, pages.Count);
        var collected = pages.SelectMany(page => Items("ec2", page.Output!)).ToList();
        Assert.Equal(ids.Order(), collected.Order());
        Assert.Equal(3, Proxy.Calls.Count(call => call.Action == "DescribeInstances"));
    }

    [Fact]
    public async Task QueryPaginationFollowsMarkersUntilNotTruncated()
    {
        var names = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            await Moto.Seed.CreateRoleAsync(Account, $"role-{i}", PolicyDocuments.TrustService("ec2.amazonaws.com"), ct: Cancel);
            names.Add($"role-{i}");
        }

        var pages = await Client().PaginateAsync("iam", "us-east-1", "ListRoles", new JsonObject { ["MaxItems"] = 2 }, Cancel).ToListAsync(Cancel);

        Assert.Equal(4, pages.Count);
        Assert.True((bool)pages[0].Output!["IsTruncated"]!);
        Assert.False((bool)pages[^1].Output!["IsTruncated"]!);
        var roles = pages.SelectMany(page => page.Output!["Roles"]!.AsArray()).Select(role => (string)role!["RoleName"]!).ToList();
        Assert.Equal(names.Order(), roles.Order());
    }

    [Fact]
    public async Task OrganizationsAccountsPageThroughJsonTokens()
    {
        await Moto.Seed.CreateOrganizationAsync(Cancel);
        for (var i = 0; i < 6; i++)
        {
            await Moto.Seed.CreateAccountAsync($"member-{i}", $"member-{i}@example.com", Cancel);
        }

        var pages = await Client().PaginateAsync("organizations", "us-east-1", "ListAccounts", new JsonObject { ["MaxResults"] = 2 }, Cancel).ToListAsync(Cancel);

        Assert.True(pages.Count >= 3);
        var ids = pages.SelectMany(page => page.Output!["Accounts"]!.AsArray()).Select(account => (string)account!["Id"]!).ToList();
        Assert.Equal(7, ids.Count);
        Assert.Equal(7, ids.Distinct().Count());
        Assert.Contains(Account, ids);
    }

    [Theory]
    [InlineData("iam", "ListUsers", "Throttling")]
    [InlineData("ec2", "DescribeInstances", "RequestLimitExceeded")]
    [InlineData("organizations", "ListAccounts", "ThrottlingException")]
    public async Task AThrottlingStormCompletesWithEveryItem(string service, string operation, string code)
    {
        var expected = await SeedForStorm(service);
        Proxy.AddRule(new FaultRule(Fault.Throttle()) { Service = service, Action = operation, Probability = 0.6, Seed = 7 });
        var client = Client();

        var input = service switch
        {
            "iam" => new JsonObject { ["MaxItems"] = 1 },
            "ec2" => new JsonObject { ["MaxResults"] = 2 },
            _ => new JsonObject { ["MaxResults"] = 1 },
        };
        var pages = await client.PaginateAsync(service, "us-east-1", operation, input, Cancel).ToListAsync(Cancel);

        Assert.All(pages, page => Assert.True(page.Succeeded, page.Error?.ToString()));
        var items = pages.SelectMany(page => Items(service, page.Output!)).ToList();
        Assert.Equal(expected.Order(), items.Order());
        var injected = Proxy.Calls.Where(call => call.Injected).ToList();
        Assert.NotEmpty(injected);
        Assert.All(injected, call => Assert.Equal(code, call.Fault!.Code ?? code));
        Assert.Equal(injected.Count, client.Statistics.Throttles);
        Assert.Equal(injected.Count, client.Statistics.Retries);
    }

    [Fact]
    public async Task ThrottlingEngagesTheRateLimitOfThatServiceAndRegionOnly()
    {
        Proxy.AddRule(new FaultRule(Fault.Throttle()) { Service = "sqs", Times = 1 });
        var client = Client();

        var result = await client.InvokeAsync("sqs", "eu-west-1", "ListQueues", null, Cancel);

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Attempts);
        Assert.NotNull(client.RateLimit("sqs", "eu-west-1"));
        Assert.Null(client.RateLimit("sqs", "us-east-1"));
        Assert.Null(client.RateLimit("ec2", "eu-west-1"));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task ServerErrorsAreRetried(int status)
    {
        Proxy.AddRule(new FaultRule(Fault.ServerError(status)) { Service = "ec2", Times = 2 });

        var result = await Client().InvokeAsync("ec2", "us-east-1", "DescribeRegions", null, Cancel);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(3, result.Attempts);
        Assert.NotEmpty(result.Output!["Regions"]!.AsArray());
    }

    [Fact]
    public async Task ConnectionResetsAreRetried()
    {
        Proxy.AddRule(new FaultRule(Fault.ConnectionReset()) { Service = "sqs", Times = 2 });

        var result = await Client().InvokeAsync("sqs", "us-east-1", "ListQueues", null, Cancel);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(3, result.Attempts);
    }

    [Fact]
    public async Task APersistentServerErrorIsTriedThreeTimesWhateverTheAttemptCap()
    {
        Proxy.AddRule(new FaultRule(Fault.ServerError(503)) { Service = "sqs" });

        var result = await Client(options: FastRetries with { MaxAttempts = 30 }).InvokeAsync("sqs", "us-east-1", "ListQueues", null, Cancel);

        Assert.False(result.Succeeded);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(AwsErrorKind.Transient, result.Error!.Kind);
        Assert.Equal(3, Proxy.Calls.Count);
    }

    [Fact]
    public async Task PersistentThrottlingIsTriedUpToTheAttemptCap()
    {
        Proxy.AddRule(new FaultRule(Fault.Throttle()) { Service = "sqs" });

        var result = await Client(options: FastRetries with { MaxAttempts = 8 }).InvokeAsync("sqs", "us-east-1", "ListQueues", null, Cancel);

        Assert.False(result.Succeeded);
        Assert.Equal(8, result.Attempts);
        Assert.Equal(AwsErrorKind.Throttling, result.Error!.Kind);
    }

    [Fact]
    public async Task AStormOfServerErrorsSpendsTheRetryQuotaThenFailsAtTheFirstAttempt()
    {
        Proxy.AddRule(new FaultRule(Fault.ServerError(500)) { Service = "sqs" });
        // 20 tokens: four retries of 5, i.e. two calls' worth of transient retries.
        var client = Client(options: FastRetries with { RetryQuota = 20 });

        var results = new List<Inventory.Aws.Client.AwsResult>();
        for (var i = 0; i < 4; i++)
        {
            results.Add(await client.InvokeAsync("sqs", "us-east-1", "ListQueues", null, Cancel));
        }

        Assert.Equal([3, 3, 1, 1], results.Select(r => r.Attempts));
        Assert.All(results, r => Assert.Equal(AwsErrorKind.Transient, r.Error!.Kind));
        Assert.Equal(2, client.Statistics.RetriesRefused);
        Assert.Equal(0, client.RetryQuotaLeft);

        // A success gives back a token; a success after retries gives back what they took.
        Proxy.ClearRules();
        await client.InvokeAsync("sqs", "us-east-1", "ListQueues", null, Cancel);
        Assert.Equal(1, client.RetryQuotaLeft);
    }

    [Fact]
    public async Task AnEndpointThatNeverAnswersEndsEachAttemptAtItsDeadline()
    {
        Proxy.AddRule(new FaultRule(Fault.Hang()) { Service = "sqs" });
        var watch = Stopwatch.StartNew();

        var result = await Client(options: FastRetries with { AttemptTimeout = TimeSpan.FromMilliseconds(500) }).InvokeAsync("sqs", "us-east-1", "ListQueues", null, Cancel);

        Assert.False(result.Succeeded);
        Assert.Equal("RequestTimeout", result.Error!.Code);
        Assert.Equal(3, result.Attempts);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1.4), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task RepeatedConnectionFailuresOpenTheEndpointsBreakerAndTheRestFailsFast()
    {
        Proxy.AddRule(new FaultRule(Fault.ConnectionReset()) { Service = "sqs" });
        var client = Client(options: FastRetries with { BreakerThreshold = 2, BreakerCooldown = TimeSpan.FromMinutes(5) });

        var first = await client.InvokeAsync("sqs", "us-east-1", "ListQueues", null, Cancel);
        var second = await client.InvokeAsync("sqs", "us-east-1", "ListQueues", null, Cancel);
        var callsBefore = Proxy.Calls.Count;
        var rest = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.InvokeAsync("sqs", "us-east-1", "ListQueues", null, Cancel)));

        Assert.Equal("ConnectionError", first.Error!.Code);
        Assert.Equal(3, first.Attempts);
        Assert.Equal("ConnectionError", second.Error!.Code);
        Assert.All(rest, r => Assert.Equal("EndpointUnavailable", r.Error!.Code));
        Assert.All(rest, r => Assert.Equal(0, r.Attempts));
        Assert.Equal(callsBefore, Proxy.Calls.Count);
        var outage = Assert.Single(client.Outages);
        Assert.Equal(Proxy.Endpoint.ToString(), outage.Endpoint);
        Assert.Equal(2, outage.Failures);
        Assert.Equal(10, outage.CallsFailedFast);
        Assert.False(outage.Recovered);
        Assert.Contains(outage.Endpoint, rest[0].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOpenBreakerLetsAProbeThroughAfterItsCooldownAndAnAnswerClosesIt()
    {
        Proxy.AddRule(new FaultRule(Fault.ConnectionReset()) { Service = "sqs", Times = 3 });
        var client = Client(options: FastRetries with { BreakerThreshold = 1, BreakerCooldown = TimeSpan.FromMilliseconds(300) });

        var failed = await client.InvokeAsync("sqs", "us-east-1", "ListQueues", null, Cancel);
        var refused = await client.InvokeAsync("sqs", "us-east-1", "ListQueues", null, Cancel);
        await Task.Delay(400, Cancel);
        var probe = await client.InvokeAsync("sqs", "us-east-1", "ListQueues", null, Cancel);

        Assert.Equal("ConnectionError", failed.Error!.Code);
        Assert.Equal("EndpointUnavailable", refused.Error!.Code);
        Assert.True(probe.Succeeded, probe.Error?.ToString());
        Assert.True(Assert.Single(client.Outages).Recovered);
    }

    [Fact]
    public async Task ErrorsAServiceAnswersDoNotOpenTheBreaker()
    {
        Proxy.AddRule(new FaultRule(Fault.ServerError(500)) { Service = "sqs" });
        var client = Client(options: FastRetries with { BreakerThreshold = 1 });

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(3, (await client.InvokeAsync("sqs", "us-east-1", "ListQueues", null, Cancel)).Attempts);
        }

        Assert.Empty(client.Outages);
    }

    [Fact]
    public async Task RetryAfterIsHonoured()
    {
        Proxy.AddRule(new FaultRule(Fault.Throttle(retryAfter: TimeSpan.FromSeconds(1))) { Service = "sqs", Times = 1 });
        var watch = Stopwatch.StartNew();

        var result = await Client(options: FastRetries with { MaxDelay = TimeSpan.FromSeconds(5) }).InvokeAsync("sqs", "us-east-1", "ListQueues", null, Cancel);

        Assert.True(result.Succeeded);
        // Backoff alone would wait at most 5 ms here; the server asked for a second.
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.95), $"retried after {watch.Elapsed}");
    }

    private async Task<List<string>> SeedUsers(int count)
    {
        var names = Enumerable.Range(0, count).Select(i => $"user-{i:00}").ToList();
        foreach (var name in names)
        {
            await Moto.Seed.CreateUserAsync(Account, name, Cancel);
        }

        return names;
    }

    private async Task<List<string>> SeedForStorm(string service)
    {
        switch (service)
        {
            case "iam":
                return await SeedUsers(12);
            case "ec2":
                var instances = new List<string>();
                for (var i = 0; i < 9; i++)
                {
                    instances.AddRange(await Moto.Seed.RunInstancesAsync(Account, "us-east-1", 1 + (i % 3), Cancel));
                }

                return instances;
            default:
                await Moto.Seed.CreateOrganizationAsync(Cancel);
                var ids = new List<string> { Account };
                for (var i = 0; i < 9; i++)
                {
                    ids.Add(await Moto.Seed.CreateAccountAsync($"storm-{i}", $"storm-{i}@example.com", Cancel));
                }

                return ids;
        }
    }

    private static IEnumerable<string> Items(string service, JsonObject page) => service switch
    {
        "iam" => page["Users"]!.AsArray().Select(user => (string)user!["UserName"]!),
        "ec2" => page["Reservations"]!.AsArray().SelectMany(r => r!["Instances"]!.AsArray()).Select(i => (string)i!["InstanceId"]!),
        _ => page["Accounts"]!.AsArray().Select(account => (string)account!["Id"]!),
    };
}
