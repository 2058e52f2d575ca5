using System.Diagnostics;
using System.Text.Json.Nodes;
using Inventory.Testing.Aws;
using Inventory.Testing.Processes;

namespace Inventory.Runner.Tests;

/// <summary>
/// The runner binary against endpoints that fail: one that never answers, one that goes away
/// mid-run, one operation that always answers 500. Each ends in bounded time with one reason.
/// Deadlines are generous: these run beside other tests on loaded machines.
/// </summary>
public sealed class RunnerFaultProcessTests(MotoFixture moto) : IClassFixture<MotoFixture>, IAsyncLifetime
{
    private const string Account = "111111111111";
    private const string Bucket = "inventory-output";

    private FaultProxy _proxy = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private MotoServer Moto => moto.Server;

    public async ValueTask InitializeAsync()
    {
        await Moto.ResetAsync(Cancel);
        _proxy = await FaultProxy.StartAsync(Moto.Endpoint, Cancel);
        await Moto.Seed.CreateBucketAsync(MotoCredentials.ManagementAccountId, Bucket, "us-east-1", Cancel);
        await Moto.Seed.CreateRoleAsync(Account, "inventory", PolicyDocuments.TrustPrincipal($"arn:aws:iam::{MotoCredentials.ManagementAccountId}:root"), ct: Cancel);
    }

    public async ValueTask DisposeAsync() => await _proxy.DisposeAsync();

    [Fact]
    public async Task AnStsEndpointThatNeverAnswersIsOneLineAndExitThreeWithProgressLinesMeanwhile()
    {
        _proxy.AddRule(new FaultRule(Fault.Hang()) { Service = "sts" });
        var termination = Path.Combine(Path.GetTempPath(), $"termination-{Guid.NewGuid():N}");
        var watch = Stopwatch.StartNew();

        // 11 s per attempt: long enough for a progress line (every 10 s), three attempts at most.
        var result = await RunAsync(Settings(("ATTEMPT_TIMEOUT_SECONDS", "11"), ("TERMINATION_MESSAGE_PATH", termination)));

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(150));
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(result.Output, @"\[111111111111\] Waiting on sts AssumeRole in us-east-1 for 1\d s"), result.ToString());
        var message = await File.ReadAllTextAsync(termination, Cancel);
        File.Delete(termination);
        Assert.StartsWith($"Could not assume arn:aws:iam::{Account}:role/inventory: RequestTimeout: ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Output + result.Error, StringComparison.Ordinal);
        Assert.Empty(await Moto.Seed.ListObjectKeysAsync(MotoCredentials.ManagementAccountId, Bucket, "", Cancel));
    }

    [Fact]
    public async Task ARegionListingThatNeverAnswersEndsAtItsAttemptDeadlines()
    {
        _proxy.AddRule(new FaultRule(Fault.Hang()) { Service = "ec2", Action = "DescribeRegions" });
        var watch = Stopwatch.StartNew();

        var result = await RunAsync(Settings(("ATTEMPT_TIMEOUT_SECONDS", "2"), ("REGIONS", "")));

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(120));
        Assert.Contains("Could not list the account's regions: RequestTimeout: No complete answer from", result.Output, StringComparison.Ordinal);
        Assert.Equal(3, _proxy.Calls.Count(c => c.Action == "DescribeRegions"));
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOperationThatAlwaysAnswers500IsTriedThreeTimesAndNamedInTheReport()
    {
        _proxy.AddRule(new FaultRule(Fault.ServerError(500)) { Service = "ec2", Action = "DescribeVpcs" });

        var result = await RunAsync(Settings(("REGIONS", "us-east-1"), ("SERVICES", "ec2"), ("MAX_FAILED_SHARE", "1")));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("succeeded with 1 failed call", result.Output, StringComparison.Ordinal);
        Assert.Equal(3, _proxy.Calls.Count(c => c.Action == "DescribeVpcs"));
        var keys = await Moto.Seed.ListObjectKeysAsync(MotoCredentials.ManagementAccountId, Bucket, "AWSRecon/", Cancel);
        var report = JsonNode.Parse(await Moto.Seed.GetObjectAsync(MotoCredentials.ManagementAccountId, Bucket, Assert.Single(keys, k => k.EndsWith(".report.json", StringComparison.Ordinal)), Cancel))!;
        var error = Assert.Single(report["errors"]!.AsArray());
        Assert.Equal("DescribeVpcs", (string?)error!["operation"]);
        Assert.Equal(2, (int)report["retries"]!);
        Assert.Empty(report["endpoint_outages"]!.AsArray());
    }

    [Fact]
    public async Task AnEndpointThatGoesAwayMidRunEndsTheRunInBoundedTimeNamingTheOutage()
    {
        await Moto.Seed.RunInstancesAsync(Account, "us-east-1", 2, Cancel);
        var proxy = await FaultProxy.StartAsync(Moto.Endpoint, Cancel);
        // Slow answers so the run is still collecting when the endpoint goes.
        proxy.AddRule(new FaultRule(Fault.Latency(TimeSpan.FromMilliseconds(300))) { Service = "ec2" });
        proxy.AddRule(new FaultRule(Fault.Latency(TimeSpan.FromMilliseconds(300))) { Service = "iam" });
        await using var runner = RunningWorker.Start("inventory-runner.dll", Settings(("AWS_ENDPOINT_URL", proxy.Endpoint.ToString()), ("REGIONS", "us-east-1,eu-west-1,global"), ("SERVICES", "ec2,iam,kms,sqs,sns,lambda")));

        await runner.WaitForLineAsync("(region, service) pairs to collect", TimeSpan.FromMinutes(2), Cancel);
        await proxy.DisposeAsync();
        var watch = Stopwatch.StartNew();
        var result = await runner.WaitForExitAsync(TimeSpan.FromMinutes(3), Cancel);

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(90), $"{watch.Elapsed} after the endpoint went away\n{result}");
        Assert.Contains($"Endpoint outage: {proxy.Endpoint}", result.Output, StringComparison.Ordinal);
        Assert.Contains("Could not write the inventory to s3://inventory-output", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Settings(params (string Name, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = "AKIARUNNERTESTKEY001",
            ["AWS_SECRET_ACCESS_KEY"] = "runner-secret",
            ["AWS_REGION"] = "us-east-1",
            ["AWS_ENDPOINT_URL"] = _proxy.Endpoint.ToString(),
            ["ACCOUNT_ID"] = Account,
            ["S3_BUCKET"] = Bucket,
            ["RUN_ID"] = "fault-run",
            ["RUN_DATE"] = "2026-03-07",
            ["LOG_FORMAT"] = "text",
        };
        foreach (var (name, value) in overrides)
        {
            if (value.Length == 0)
            {
                settings.Remove(name);
            }
            else
            {
                settings[name] = value;
            }
        }

        return settings;
    }

    private static Task<WorkerResult> RunAsync(Dictionary<string, string> environment) =>
        WorkerProcess.RunAsync("inventory-runner.dll", environment, TimeSpan.FromMinutes(4), Cancel);
}
