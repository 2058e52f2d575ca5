using System.Text.Json.Nodes;
using Amazon.Runtime;
using Inventory.Testing.Aws;

namespace Inventory.Collection.Tests.Engine;

/// <summary>
/// The failure model against moto: throttling storms lose nothing; calls that fail for good (5xx
/// after the retries, AccessDenied with moto's IAM enforcement on) are errors of their (region,
/// service) in the report and everything else is still collected. Each test starts from a freshly
/// seeded moto.
/// </summary>
public sealed class FailureTests(MotoFixture moto) : IClassFixture<MotoFixture>, IAsyncLifetime
{
    private const string Collector = "inventory-collector";

    /// <summary>The codes AWS services answer a refused identity policy with.</summary>
    private static readonly string[] AccessDeniedCodes = ["AccessDenied", "AccessDeniedException", "UnauthorizedOperation"];

    private FaultProxy _proxy = null!;
    private SeededAccount _seeded = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await moto.Server.ResetAsync(Ct);
        _seeded = await SeededAccount.SeedAsync(moto.Server, Ct);
        _proxy = await FaultProxy.StartAsync(moto.Server.Endpoint, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await moto.Server.EnforceAuthAsync(false);
        await _proxy.DisposeAsync();
    }

    [Fact]
    public async Task AThrottlingStormOnEc2AndIamLosesNothing()
    {
        var clean = await EngineRun.CollectAsync(EngineRun.Client(_proxy), Ct);
        _proxy.ClearCalls();
        _proxy.AddRule(new FaultRule(Fault.Throttle()) { Service = "ec2", Probability = 0.5, Seed = 11 });
        _proxy.AddRule(new FaultRule(Fault.Throttle()) { Service = "iam", Probability = 0.5, Seed = 12 });
        // The rate limiter's floor is raised so the storm takes seconds: pacing is not what is tested here.
        var client = EngineRun.Client(_proxy, options: EngineRun.FastRetries with { MinRate = 50 });

        var storm = await EngineRun.CollectAsync(client, Ct);

        var injected = _proxy.Calls.Where(c => c.Injected).ToList();
        Assert.Contains(injected, c => c.Service == "ec2");
        Assert.Contains(injected, c => c.Service == "iam");
        Assert.All(injected, c => Assert.True(c.Service is "ec2" or "iam", c.ToString()));
        Assert.Equal(injected.Count, client.Statistics.Throttles);
        Assert.Empty(storm.Report.Errors);
        Assert.Empty(clean.Report.Errors);
        Assert.Equal(clean.Records.Count, storm.Records.Count);
        Assert.Equal(clean.Report.Resources, storm.Report.Resources);
        Assert.Equal(Identities(clean), Identities(storm));
        var stormData = storm.Records.ToDictionary(r => r.Name!, r => r.Data);
        Assert.All(clean.Records, record => Assert.Equal(record.Data.ToJsonString(), stormData[record.Name!].ToJsonString()));
    }

    [Fact]
    public async Task AListingThatFailsForGoodIsAnErrorAndTheRestIsCollected()
    {
        _proxy.AddRule(new FaultRule(Fault.ServerError(503)) { Service = "ec2", Action = "DescribeVpcs", Region = "eu-west-1" });

        var run = await EngineRun.CollectAsync(EngineRun.Client(_proxy, options: EngineRun.FastRetries with { MaxAttempts = 3 }), Ct);

        var error = Assert.Single(run.Report.Errors);
        Assert.Equal(("eu-west-1", "EC2", "DescribeVpcs", "ServiceUnavailable"), (error.Region, error.Service, error.Operation, error.Code));
        Assert.Equal(3, _proxy.Calls.Count(c => c.Action == "DescribeVpcs" && c.Region == "eu-west-1"));
        Assert.DoesNotContain(run.Records, r => r.Region == "eu-west-1" && r.AssetType == "vpc");
        Assert.Contains(run.Records, r => r.Region == "us-east-1" && r.AssetType == "vpc");
        // The listings after the failed one in the same region still ran.
        Assert.Equal(_seeded.Instances["eu-west-1"].Order(), Ids(run, "eu-west-1", "instance", "instance_id"));
        Assert.Equal(3, run.Records.Count(r => r.Region == "eu-west-1" && r.AssetType == "security_group"));
        Assert.Equal(1, run.Report.FailedWorkItems);
    }

    [Fact]
    public async Task AFollowUpThatFailsForGoodLeavesItsKeyOutOfTheRecord()
    {
        // Lambda's GetPolicy is GET /2015-03-31/functions/{name}/policy; ListFunctions is GET /2015-03-31/functions/.
        _proxy.AddRule(new FaultRule(Fault.ServerError(500)) { Service = "lambda", Action = $"GET /2015-03-31/functions/{SeededAccount.Function}/policy" });

        var run = await EngineRun.CollectAsync(EngineRun.Client(_proxy, options: EngineRun.FastRetries with { MaxAttempts = 2 }), Ct);

        var error = Assert.Single(run.Report.Errors);
        Assert.Equal((SeededAccount.FunctionRegion, "Lambda", "GetPolicy"), (error.Region, error.Service, error.Operation));
        Assert.Equal("InternalFailure", error.Code);
        var function = Assert.Single(run.Records, r => r.Name == _seeded.FunctionArn);
        Assert.False(function.Data.ContainsKey("policy"));
        Assert.Equal(SeededAccount.Function, (string?)function.Data["function_name"]);
    }

    [Fact]
    public async Task AListFollowUpThatFailsForGoodLeavesItsKeyOutOfTheRecord()
    {
        // An empty "grants" would claim the key has none; a failed call is an error and no key.
        _proxy.AddRule(new FaultRule(Fault.ServerError(500)) { Service = "kms", Action = "ListGrants" });

        var run = await EngineRun.CollectAsync(EngineRun.Client(_proxy, options: EngineRun.FastRetries with { MaxAttempts = 2 }), Ct);

        var error = Assert.Single(run.Report.Errors);
        Assert.Equal((SeededAccount.KeyRegion, "KMS", "ListGrants", "InternalFailure"), (error.Region, error.Service, error.Operation, error.Code));
        var key = Assert.Single(run.Records, r => r.Service == "KMS");
        Assert.False(key.Data.ContainsKey("grants"));
        Assert.IsType<JsonArray>(key.Data["aliases"]);
        Assert.IsType<JsonObject>(key.Data["policy"]);
    }

    [Fact]
    public async Task DeniedServicesAreErrorsAndTheRestIsCollected()
    {
        var keys = await CollectorKeysAsync();
        await moto.Server.EnforceAuthAsync(true, Ct);

        var run = await EngineRun.CollectAsync(EngineRun.Client(_proxy, new BasicAWSCredentials(keys.AccessKeyId, keys.SecretAccessKey)), Ct);

        await moto.Server.EnforceAuthAsync(false, Ct);
        var errors = run.Report.Errors;
        Assert.Equal(["KMS", "Lambda"], errors.Select(e => e.Service).Distinct().Order());
        Assert.All(errors, error => Assert.Contains(error.Code, AccessDeniedCodes));
        // Each listing is refused once per region; nothing is asked per item that was never listed.
        Assert.Equal(
            EngineRun.Regions.SelectMany(region => new[] { ("KMS", region, "ListKeys"), ("Lambda", region, "ListFunctions"), ("Lambda", region, "ListLayers") }).Order(),
            errors.Select(e => (e.Service, e.Region, e.Operation)).Order());
        Assert.Equal(2 * EngineRun.Regions.Count, run.Report.FailedWorkItems);
        Assert.DoesNotContain(run.Records, r => r.Service is "KMS" or "Lambda");

        // Every other service is there as without the refusals.
        Assert.Equal(["EC2", "IAM", "S3"], run.Report.Resources.Keys);
        Assert.Equal(_seeded.AllInstances.Order(), run.Records.Where(r => r.AssetType == "instance").Select(r => (string?)r.Data["instance_id"]).Order());
        Assert.Contains(run.Records, r => r.Name == _seeded.RoleArn);
        Assert.Contains(run.Records, r => r.Name == $"arn:aws:s3:::{SeededAccount.PolicyBucket}" && r.Data["policy"] is JsonObject);
        // The collector itself is one of the account's users now.
        Assert.Contains(run.Records, r => r.Name == $"arn:aws:iam::{SeededAccount.Account}:user/{Collector}");
    }

    /// <summary>A user allowed everything but KMS and Lambda; its keys are moto-issued, so they pass enforcement.</summary>
    private async Task<(string AccessKeyId, string SecretAccessKey)> CollectorKeysAsync()
    {
        var policy = new JsonObject
        {
            ["Version"] = "2012-10-17",
            ["Statement"] = new JsonArray(new JsonObject
            {
                ["Effect"] = "Allow",
                ["NotAction"] = new JsonArray("kms:*", "lambda:*"),
                ["Resource"] = "*",
            }),
        }.ToJsonString();
        await moto.Server.Seed.CreateUserAsync(SeededAccount.Account, Collector, Ct);
        await moto.Server.Seed.PutUserPolicyAsync(SeededAccount.Account, Collector, "everything-but-kms-and-lambda", policy, Ct);
        return await moto.Server.Seed.CreateAccessKeyAsync(SeededAccount.Account, Collector, Ct);
    }

    private static List<(string Service, string Region, string AssetType, string? Name)> Identities(EngineRun run) =>
        [.. run.Records.Select(r => (r.Service, r.Region, r.AssetType, r.Name)).Order()];

    private static List<string?> Ids(EngineRun run, string region, string assetType, string key) =>
        [.. run.Records.Where(r => r.Region == region && r.AssetType == assetType).Select(r => (string?)r.Data[key]).Order()];
}
