using System.Diagnostics;
using Inventory.Testing.Aws;
using Inventory.Testing.Processes;

namespace Inventory.Orchestrator.Tests;

/// <summary>The orchestrator binary against an Organizations endpoint that never answers.</summary>
public sealed class OrchestratorFaultProcessTests(MotoFixture moto) : IClassFixture<MotoFixture>, IAsyncLifetime
{
    private FaultProxy _proxy = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await moto.Server.ResetAsync(Cancel);
        await moto.Server.Seed.CreateOrganizationAsync(Cancel);
        _proxy = await FaultProxy.StartAsync(moto.Server.Endpoint, Cancel);
    }

    public async ValueTask DisposeAsync() => await _proxy.DisposeAsync();

    [Fact]
    public async Task AnAccountListingThatNeverAnswersIsOneLineAndExitThreeWithProgressLinesMeanwhile()
    {
        _proxy.AddRule(new FaultRule(Fault.Hang()) { Service = "organizations" });
        var environment = new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = MotoCredentials.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = MotoCredentials.SecretAccessKey,
            ["AWS_REGION"] = "us-east-1",
            ["AWS_ENDPOINT_URL"] = _proxy.Endpoint.ToString(),
            ["S3_BUCKET"] = "inventory-bucket",
            ["RUNNER_IMAGE"] = "registry.example/aws-inventory:test",
            ["NAMESPACE"] = "inventory",
            ["RUN_ID"] = "hang-test",
            ["LOG_FORMAT"] = "text",
            // Long enough for a progress line (every 10 s); three attempts at most.
            ["ATTEMPT_TIMEOUT_SECONDS"] = "11",
        };
        var watch = Stopwatch.StartNew();

        var result = await WorkerProcess.RunAsync("inventory-orchestrator.dll", environment, TimeSpan.FromMinutes(4), Cancel, "--dry-run");

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(150));
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(result.Output, @"Waiting on organizations ListAccounts in us-east-1 for 1\d s"), result.ToString());
        Assert.Contains("RequestTimeout", result.Output, StringComparison.Ordinal);
        Assert.Equal(3, _proxy.Calls.Count(c => c.Action == "ListAccounts"));
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
    }
}
