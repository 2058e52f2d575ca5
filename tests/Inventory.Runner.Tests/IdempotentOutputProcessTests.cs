using Inventory.Testing.Aws;
using Inventory.Testing.Processes;

namespace Inventory.Runner.Tests;

/// <summary>
/// The runner binary's output is idempotent: a retried attempt of the same run (RUN_ID, account,
/// date) replaces the earlier one's objects, and SIGTERM at any step leaves no data object
/// without its report.
/// </summary>
public sealed class IdempotentOutputProcessTests(MotoFixture moto) : IClassFixture<MotoFixture>, IAsyncLifetime
{
    private const string Account = "111111111111";
    private const string Bucket = "inventory-output";
    private const string UploadPath = $"PUT /{Bucket}/AWSRecon/";

    private FaultProxy _proxy = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private MotoServer Moto => moto.Server;

    public async ValueTask InitializeAsync()
    {
        await Moto.ResetAsync(Cancel);
        _proxy = await FaultProxy.StartAsync(Moto.Endpoint, Cancel);
        await Moto.Seed.CreateBucketAsync(MotoCredentials.ManagementAccountId, Bucket, "us-east-1", Cancel);
        await Moto.Seed.CreateRoleAsync(Account, "inventory", PolicyDocuments.TrustPrincipal($"arn:aws:iam::{MotoCredentials.ManagementAccountId}:root"), ct: Cancel);
        await Moto.Seed.RunInstancesAsync(Account, "us-east-1", 1, Cancel);
    }

    public async ValueTask DisposeAsync() => await _proxy.DisposeAsync();

    [Fact]
    public async Task ARetriedAttemptOfTheSameRunReplacesTheEarlierOnesObjectsAndOtherRunsAreKept()
    {
        var first = await RunAsync("run-1");
        var firstKeys = await KeysAsync();
        await Task.Delay(1100, Cancel); // a later upload second, so a later key
        var retried = await RunAsync("run-1");
        var other = await RunAsync("run-2");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(retried.ExitCode == 0, retried.ToString());
        Assert.True(other.ExitCode == 0, other.ToString());
        Assert.Contains("Replaced an earlier attempt of run run-1", retried.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Replaced an earlier attempt", other.Output, StringComparison.Ordinal);
        var keys = await KeysAsync();
        Assert.Equal(2, keys.Count(k => k.EndsWith(".json.gz", StringComparison.Ordinal)));
        Assert.Equal(2, keys.Count(k => k.EndsWith(".report.json", StringComparison.Ordinal)));
        Assert.Empty(firstKeys.Intersect(keys));
        var runs = new List<string>();
        foreach (var key in keys)
        {
            runs.Add(await RunIdOfAsync(key));
        }

        Assert.Equal(["run-1", "run-1", "run-2", "run-2"], runs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SigtermWhileCollectingWritesNothing()
    {
        _proxy.AddRule(new FaultRule(Fault.Latency(TimeSpan.FromSeconds(30))) { Service = "ec2", Action = "DescribeInstances" });

        var result = await TerminateAtAsync("pairs to collect");

        Assert.True(result.ExitCode == 143, result.ToString());
        Assert.Empty(await KeysAsync());
    }

    [Fact]
    public async Task SigtermWhileUploadingTheDataLeavesNoObject()
    {
        _proxy.AddRule(new FaultRule(Fault.Latency(TimeSpan.FromSeconds(60))) { Service = "s3", Action = UploadPath, Times = 1 });

        var result = await TerminateAtAsync(".json.gz");

        Assert.True(result.ExitCode == 143, result.ToString());
        Assert.Empty(await KeysAsync());
    }

    [Fact]
    public async Task SigtermWhileUploadingTheReportDeletesTheDataAlreadyWritten()
    {
        // The data's PUT passes; the report's waits until the runner is stopped.
        _proxy.AddRule(new FaultRule(Fault.Latency(TimeSpan.Zero)) { Service = "s3", Action = UploadPath, Times = 1 });
        _proxy.AddRule(new FaultRule(Fault.Latency(TimeSpan.FromSeconds(60))) { Service = "s3", Action = UploadPath, Times = 1 });

        var result = await TerminateAtAsync(".report.json");

        Assert.True(result.ExitCode == 143, result.ToString());
        Assert.Contains(_proxy.Calls, c => c.Action.StartsWith(UploadPath, StringComparison.Ordinal) && c.Action.EndsWith(".json.gz", StringComparison.Ordinal) && c.StatusCode == 200);
        Assert.Contains("so no data object stands without its report", result.Output, StringComparison.Ordinal);
        Assert.Empty(await KeysAsync());
    }

    private async Task<WorkerResult> TerminateAtAsync(string line)
    {
        await using var runner = RunningWorker.Start("inventory-runner.dll", Settings("run-1"));
        await runner.WaitForLineAsync(line, TimeSpan.FromMinutes(2), Cancel);
        await Task.Delay(500, Cancel); // the request is on its way
        runner.Terminate();
        return await runner.WaitForExitAsync(TimeSpan.FromMinutes(1), Cancel);
    }

    private Task<IReadOnlyList<string>> KeysAsync() => Moto.Seed.ListObjectKeysAsync(MotoCredentials.ManagementAccountId, Bucket, "AWSRecon/", Cancel);

    private async Task<string> RunIdOfAsync(string key) =>
        (await Moto.Seed.ObjectMetadataAsync(MotoCredentials.ManagementAccountId, Bucket, key, Cancel)).GetValueOrDefault("inventory-run-id", "");

    private Task<WorkerResult> RunAsync(string runId) =>
        WorkerProcess.RunAsync("inventory-runner.dll", Settings(runId), TimeSpan.FromMinutes(3), Cancel);

    private Dictionary<string, string> Settings(string runId) => new()
    {
        ["AWS_ACCESS_KEY_ID"] = "AKIARUNNERTESTKEY001",
        ["AWS_SECRET_ACCESS_KEY"] = "runner-secret",
        ["AWS_REGION"] = "us-east-1",
        ["AWS_ENDPOINT_URL"] = _proxy.Endpoint.ToString(),
        ["ACCOUNT_ID"] = Account,
        ["S3_BUCKET"] = Bucket,
        ["RUN_ID"] = runId,
        ["RUN_DATE"] = "2026-03-07",
        ["REGIONS"] = "us-east-1",
        ["SERVICES"] = "ec2",
        ["LOG_FORMAT"] = "text",
    };
}
