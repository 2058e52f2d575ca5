using Inventory.Testing.Aws;
using Inventory.Testing.Kubernetes;
using Inventory.Testing.Processes;

namespace Inventory.Orchestrator.Tests;

/// <summary>The orchestrator binary as a process, with a kubeconfig for FakeKubernetes and moto's organization.</summary>
public sealed class OrchestratorProcessTests(MotoFixture moto) : IClassFixture<MotoFixture>, IAsyncLifetime
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("orchestrator-process-");
    private List<string> _members = [];
    private string _suspended = "";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await moto.Server.ResetAsync(Cancel);
        await moto.Server.Seed.CreateOrganizationAsync(Cancel);
        _members = [];
        for (var i = 0; i < 2; i++)
        {
            _members.Add(await moto.Server.Seed.CreateAccountAsync($"member-{i}", $"member-{i}@example.com", Cancel));
        }

        _suspended = await moto.Server.Seed.CreateAccountAsync("retired", "retired@example.com", Cancel);
        await moto.Server.Seed.CloseAccountAsync(_suspended, Cancel);
    }

    public ValueTask DisposeAsync()
    {
        _directory.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task ADryRunPrintsThePlanAndCreatesNothing()
    {
        await using var fake = await FakeKubernetes.StartAsync(ct: Cancel);

        var result = await RunAsync(fake, ["--dry-run"], ("INCLUDE_ACCOUNTS", $"{_members[0]},{_suspended},999999999999"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"create inventory-{_members[0]}-", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain($"create inventory-{_members[1]}-", result.Output, StringComparison.Ordinal);
        Assert.Contains($"skip   {_suspended}  retired: status SUSPENDED", result.Output, StringComparison.Ordinal);
        Assert.Contains("not found 999999999999", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"readOnlyRootFilesystem\": true", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"/app/inventory-runner\"", result.Output, StringComparison.Ordinal);
        Assert.Empty(fake.Jobs("inventory"));
        Assert.DoesNotContain(fake.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task ARealRunExitsNonZeroWhenOneRunnerFailsAndSaysWhich()
    {
        var failing = _members[1];
        await using var fake = await FakeKubernetes.StartAsync(new FakeKubernetesOptions { Kubelet = FakeRunners.Kubelet(failing) }, Cancel);

        var result = await RunAsync(fake, [], ("MAX_CONCURRENT_RUNNERS", "2"), ("JOB_BACKOFF_LIMIT", "0"));

        Assert.True(result.ExitCode == 5, result.ToString());
        Assert.Contains("3 selected, 2 succeeded, 1 failed, 1 skipped", result.Output, StringComparison.Ordinal);
        Assert.Contains($"{failing}  member-1", result.Output, StringComparison.Ordinal);
        Assert.Contains("BackoffLimitExceeded", result.Output, StringComparison.Ordinal);
        Assert.Contains($"; the runner said: AccessDenied: refused {failing}", result.Output, StringComparison.Ordinal);
        Assert.Contains($"{_suspended}  retired", result.Output, StringComparison.Ordinal);
        Assert.Equal(3, fake.Jobs("inventory").Count);
    }

    [Fact]
    public async Task EveryRunnerSucceedingExitsZero()
    {
        await using var fake = await FakeKubernetes.StartAsync(new FakeKubernetesOptions { Kubelet = FakeRunners.Kubelet() }, Cancel);

        var result = await RunAsync(fake, [], ("EXCLUDE_ACCOUNTS", MotoCredentials.ManagementAccountId));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("2 selected, 2 succeeded, 0 failed, 2 skipped", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("create")]
    [InlineData("list")]
    [InlineData("watch")]
    public async Task APermanentForbiddenOnJobsEndsTheRunWithExitFourAndOneLineNamingTheVerbAndResource(string verb)
    {
        await using var fake = await FakeKubernetes.StartAsync(new FakeKubernetesOptions { Kubelet = FakeRunners.Kubelet() }, Cancel);
        fake.Deny(verb, "jobs");

        var result = await RunAsync(fake, []);

        Assert.True(result.ExitCode == 4, result.ToString());
        var all = result.Output + "\n" + result.Error;
        var line = Assert.Single(all.Split('\n'), l => l.Contains("403 Forbidden", StringComparison.Ordinal));
        Assert.Contains($"{verb} jobs.batch in namespace inventory: 403 Forbidden: ", line, StringComparison.Ordinal);
        Assert.Contains($"cannot {verb} resource \"jobs\" in API group \"batch\"", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
        Assert.Equal(1, fake.Requests.Count(r => r.Status == 403));
    }

    [Fact]
    public async Task BadSettingsExitTwoBeforeTouchingAnything()
    {
        await using var fake = await FakeKubernetes.StartAsync(ct: Cancel);

        var result = await RunAsync(fake, [], ("S3_BUCKET", ""), ("INCLUDE_OUS", "finance"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("configuration: S3_BUCKET: required", result.Error, StringComparison.Ordinal);
        Assert.Contains("configuration: INCLUDE_OUS: 'finance' is not an OU (ou-…) or root (r-…) id", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task AKubeconfigThatDoesNotExistIsOneLineAndExitFour()
    {
        const string missing = "/nonexistent/inventory-kubeconfig";

        var result = await WorkerProcess.RunAsync("inventory-orchestrator.dll", Environment(), TimeSpan.FromMinutes(2), Cancel, "--kubeconfig", missing);

        Assert.True(result.ExitCode == 4, result.ToString());
        var all = result.Output + "\n" + result.Error;
        Assert.Single(all.Split('\n'), line => line.Contains($"Kubernetes: kubeconfig {missing} does not exist", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
    }

    private Task<WorkerResult> RunAsync(FakeKubernetes fake, string[] arguments, params (string Name, string Value)[] overrides)
    {
        var kubeconfig = fake.WriteKubeconfig(_directory.FullName);
        return WorkerProcess.RunAsync("inventory-orchestrator.dll", Environment(overrides), TimeSpan.FromMinutes(2), Cancel, [.. arguments, "--kubeconfig", kubeconfig]);
    }

    private Dictionary<string, string> Environment(params (string Name, string Value)[] overrides)
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = MotoCredentials.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = MotoCredentials.SecretAccessKey,
            ["AWS_REGION"] = "us-east-1",
            ["AWS_ENDPOINT_URL"] = moto.Server.Endpoint.ToString(),
            ["S3_BUCKET"] = "inventory-bucket",
            ["RUNNER_IMAGE"] = "registry.example/aws-inventory:test",
            ["RUN_ID"] = "process-test",
            ["LOG_FORMAT"] = "text",
        };
        foreach (var (name, value) in overrides)
        {
            environment[name] = value;
        }

        return environment;
    }
}
