using Inventory.Testing.Kubernetes;
using Inventory.Testing.Processes;

namespace Inventory.Orchestrator.Tests;

/// <summary>
/// The orchestrator binary over every setting × bad values, in Kubernetes, dry-run and local
/// mode: each refused at start with exit 2 and one line naming the setting, before any AWS or
/// Kubernetes call and without writing anything.
/// </summary>
public sealed class BadSettingsProcessTests : IAsyncLifetime
{
    private static readonly string[] Local = ["--local"];
    private static readonly string[] DryRun = ["--dry-run"];
    private static readonly string[] LocalDryRun = ["--local", "--dry-run"];
    private static readonly string[] Options = ["--dry-run", "--local", "--endpoint-url", "--kubeconfig", "--context", "--version"];

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("orchestrator-bad-settings-");
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("orchestrator-bad-settings-output-");
    private RefusingAws _aws = null!;
    private FakeKubernetes _kubernetes = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static IEnumerable<BadSetting> Cases =>
    [
        // The settings handed to every runner.
        new("S3_BUCKET", "Not_A_Bucket"),
        new("INVENTORY_ROLE_NAME", "bad name"),
        new("INVENTORY_ROLE_PATH", "/a b/"),
        new("INVENTORY_ROLE_PATH", "/*/"),
        new("INVENTORY_ROLE_PATH", "/a b/", DryRun),
        new("EXTERNAL_ID", "a b"),
        new("REGIONS", ",,"),
        new("REGIONS", " "),
        new("REGIONS", "atlantis"),
        new("SERVICES", ",,"),
        new("SERVICES", "nosuchservice"),
        new("EXCLUDE_SERVICES", "EC2", Also: new Dictionary<string, string> { ["SERVICES"] = "EC2" }),
        new("OUTPUT_FORMAT", "5"),
        new("OUTPUT_JSON_LINES", "maybe"),
        new("RUNNER_MAX_CONCURRENCY", "16"),
        new("MAX_CONCURRENCY", "0"),
        new("MAX_CONCURRENCY", "257"),
        new("ATTEMPT_TIMEOUT_SECONDS", "0"),
        new("ATTEMPT_TIMEOUT_SECONDS", "601"),
        new("ATTEMPT_TIMEOUT_SECONDS", "1.5"),
        new("ATTEMPT_TIMEOUT_SECONDS", "-3"),
        new("ATTEMPT_TIMEOUT_SECONDS", "٢٠"),
        new("MAX_FAILED_SHARE", "NaN"),
        new("MAX_FAILED_SHARE", "2"),
        new("AWS_REGION", "mars"),
        new("AWS_ENDPOINT_URL", "not a url"),
        new("AWS_ENDPOINT_URL", "127.0.0.1:4601"),
        new("AWS_ENDPOINT_URL", "http://"),
        new("AWS_ENDPOINT_URL", "ftp://x"),
        new("AWS_ENDPOINT_URL", "not a url", DryRun),
        new("AWS_ENDPOINT_URL", "ftp://x", Local),
        new("AWS_ENDPOINT_URL_IAM", "ftp://x"),
        new("AWS_ENDPOINT_URL_S3", "garbage"),
        new("AWS_ENDPOINT_URL_S3", "garbage", Local),
        new("AWS_ENDPOINT_URL_ORGANIZATIONS", "http://", DryRun),
        new("LOG_LEVEL", "Loud"),
        new("LOG_FORMAT", "xml"),

        // The orchestrator's own.
        new("INCLUDE_ACCOUNTS", ",,"),
        new("INCLUDE_ACCOUNTS", "12"),
        new("INCLUDE_ACCOUNTS", "١٢٣٤٥٦٧٨٩٠١٢"),
        new("EXCLUDE_ACCOUNTS", "abc"),
        new("INCLUDE_OUS", "finance"),
        new("INCLUDE_OUS", " , "),
        new("MAX_CONCURRENT_RUNNERS", "0"),
        new("MAX_CONCURRENT_RUNNERS", "501"),
        new("MAX_CONCURRENT_RUNNERS", "ten"),
        new("RUNNER_IMAGE", "registry.example/inventory :1"),
        new("RUNNER_COMMAND", "inventory-runner"),
        new("RUNNER_SERVICE_ACCOUNT", "Bad SA"),
        new("NAMESPACE", "Inventory_NS"),
        new("JOB_TTL_SECONDS", "-5"),
        new("JOB_BACKOFF_LIMIT", "21"),
        new("JOB_ACTIVE_DEADLINE_SECONDS", "30"),
        new("RUNNER_CPU_REQUEST", "lots"),
        new("RUNNER_MEMORY_REQUEST", "1 Gi"),
        new("RUNNER_CPU_LIMIT", "١"),
        new("RUNNER_MEMORY_LIMIT", "-1Gi"),
        new("DRY_RUN", "perhaps"),
        new("LOCAL", "perhaps"),

        // Local mode: the folders it writes to, probed at start.
        new("OUTPUT_DIR", "/proc/inventory", Local),
        new("OUTPUT_DIR", "/etc/hostname", LocalDryRun),
        new("TMPDIR", "/nonexistent-inventory-tmp", Local),
        new("TMPDIR", "/proc", Local),
        new("DRY_RUN", "perhaps", Local),

        // Arguments.
        new("--dryrun", null, ["--dryrun"]),
        new("--dry-runn", null, ["--local", "--dry-runn"]),
        new("--endpoint-url", null, ["--local", "--endpoint-url", "not a url"]),
        new("--endpoint-url", null, ["--local", "--endpoint-url", "ftp://x"]),
        new("--endpoint-url", null, ["--local", "--endpoint-url"]),
        new("stray", null, ["stray"]),
    ];

    public async ValueTask InitializeAsync()
    {
        _aws = await RefusingAws.StartAsync(Cancel);
        _kubernetes = await FakeKubernetes.StartAsync(ct: Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await _kubernetes.DisposeAsync();
        await _aws.DisposeAsync();
        _directory.Delete(recursive: true);
        _output.Delete(recursive: true);
    }

    [Fact]
    public async Task EveryBadValueOfEverySettingIsRefusedAtStartWithOneLine()
    {
        var failures = await BadSettingTable.FailuresAsync("inventory-orchestrator.dll", Environment(), Arguments(), Cases, Cancel);

        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases.Count()} cases not refused as they should be:\n{string.Join("\n\n", failures)}");
        Assert.Equal(0, _aws.Calls);
        Assert.Empty(_kubernetes.Requests);
        Assert.Empty(_output.GetFileSystemInfos());
    }

    [Fact]
    public async Task TheSameSettingsWithoutABadValueReachAws()
    {
        var result = await WorkerProcess.RunAsync("inventory-orchestrator.dll", Environment(), TimeSpan.FromSeconds(60), Cancel, Arguments());

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("AccessDenied", result.Output, StringComparison.Ordinal);
        Assert.True(_aws.Calls > 0);
    }

    [Fact]
    public async Task NoCredentialsAnywhereIsOneLineAndExitThree()
    {
        var environment = Environment();
        environment.Remove("AWS_ACCESS_KEY_ID");
        environment.Remove("AWS_SECRET_ACCESS_KEY");
        environment["HOME"] = _output.FullName;
        environment["AWS_EC2_METADATA_DISABLED"] = "true";

        var result = await WorkerProcess.RunAsync("inventory-orchestrator.dll", environment, TimeSpan.FromSeconds(60), Cancel, [.. Arguments(), "--local"]);

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("NoCredentialsException: No AWS credentials: none in AWS_ACCESS_KEY_ID", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
        Assert.Equal(0, _aws.Calls);
        Assert.Empty(_output.GetFileSystemInfos("AWSRecon"));
    }

    [Fact]
    public async Task HelpAndVersionPrintAndExitZeroWithoutRunning()
    {
        var help = await WorkerProcess.RunAsync("inventory-orchestrator.dll", Environment(), TimeSpan.FromSeconds(60), Cancel, "--help");
        var version = await WorkerProcess.RunAsync("inventory-orchestrator.dll", Environment(), TimeSpan.FromSeconds(60), Cancel, "--version");

        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.All(Options, option => Assert.Contains(option, help.Output, StringComparison.Ordinal));
        Assert.True(version.ExitCode == 0, version.ToString());
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Output.Trim());
        Assert.Equal(0, _aws.Calls);
        Assert.Empty(_kubernetes.Requests);
    }

    private string[] Arguments() => ["--kubeconfig", _kubernetes.WriteKubeconfig(_directory.FullName)];

    private Dictionary<string, string> Environment() => new()
    {
        ["AWS_ACCESS_KEY_ID"] = "AKIAREFUSEDTESTKEY01",
        ["AWS_SECRET_ACCESS_KEY"] = "refused-secret",
        ["AWS_REGION"] = "us-east-1",
        ["AWS_ENDPOINT_URL"] = _aws.Endpoint.ToString(),
        ["S3_BUCKET"] = "inventory-bucket",
        ["OUTPUT_DIR"] = _output.FullName,
        ["RUNNER_IMAGE"] = "registry.example/aws-inventory:test",
        ["NAMESPACE"] = "inventory",
        ["RUN_ID"] = "bad-settings",
        ["LOG_FORMAT"] = "text",
    };
}
