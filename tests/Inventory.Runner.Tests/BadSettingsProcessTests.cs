using Inventory.Run;
using System.Text.Json.Nodes;
using Inventory.Testing.Processes;

namespace Inventory.Runner.Tests;

/// <summary>
/// The runner binary over every setting × bad values: each refused at start with exit 2 and one
/// line naming the setting, before any AWS call and without writing anything.
/// </summary>
public sealed class BadSettingsProcessTests : IAsyncLifetime
{
    private const string Account = "111111111111";

    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("runner-bad-settings-");
    private RefusingAws _aws = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static IEnumerable<BadSetting> Cases =>
    [
        new("ACCOUNT_ID", "12345"),
        new("ACCOUNT_ID", "١٢٣٤٥٦٧٨٩٠١٢"),
        new("ACCOUNT_ID", "1111111111112"),
        new("S3_BUCKET", "Not_A_Bucket"),
        new("S3_BUCKET", "ab"),
        new("OUTPUT_DIR", "/proc/inventory"),
        new("OUTPUT_DIR", "/etc/hostname"),
        new("TMPDIR", "/nonexistent-inventory-tmp"),
        new("TMPDIR", "/proc"),
        new("RUN_DATE", "2026-13-40"),
        new("RUN_DATE", "tomorrow"),
        new("INVENTORY_ROLE_NAME", "bad name"),
        new("INVENTORY_ROLE_NAME", "rôle"),
        new("INVENTORY_ROLE_NAME", new string('a', 65)),
        new("INVENTORY_ROLE_PATH", "/a b/"),
        new("INVENTORY_ROLE_PATH", "/*/"),
        new("INVENTORY_ROLE_PATH", "no-slashes"),
        new("INVENTORY_ROLE_PATH", "//"),
        new("EXTERNAL_ID", "a b"),
        new("EXTERNAL_ID", "x"),
        new("REGIONS", ",,"),
        new("REGIONS", " "),
        new("REGIONS", "atlantis"),
        new("REGIONS", "eu-west-١"),
        new("SERVICES", ",,"),
        new("SERVICES", "nosuchservice"),
        new("EXCLUDE_SERVICES", ",,"),
        new("EXCLUDE_SERVICES", "nosuchservice"),
        new("EXCLUDE_SERVICES", "EC2", Also: new Dictionary<string, string> { ["SERVICES"] = "EC2" }),
        new("OUTPUT_FORMAT", "5"),
        new("OUTPUT_FORMAT", "xml"),
        new("OUTPUT_JSON_LINES", "maybe"),
        new("MAX_CONCURRENCY", "0"),
        new("MAX_CONCURRENCY", "257"),
        new("MAX_CONCURRENCY", "-1"),
        new("MAX_CONCURRENCY", "١٦"),
        new("ATTEMPT_TIMEOUT_SECONDS", "0"),
        new("ATTEMPT_TIMEOUT_SECONDS", "601"),
        new("ATTEMPT_TIMEOUT_SECONDS", "1.5"),
        new("ATTEMPT_TIMEOUT_SECONDS", "-3"),
        new("ATTEMPT_TIMEOUT_SECONDS", "٢٠"),
        new("MAX_FAILED_SHARE", "NaN"),
        new("MAX_FAILED_SHARE", "Infinity"),
        new("MAX_FAILED_SHARE", "1.5"),
        new("MAX_FAILED_SHARE", "-0.1"),
        new("AWS_REGION", "mars"),
        new("AWS_REGION", "EU-WEST-1"),
        new("AWS_ENDPOINT_URL", "not a url"),
        new("AWS_ENDPOINT_URL", "127.0.0.1:4601"),
        new("AWS_ENDPOINT_URL", "http://"),
        new("AWS_ENDPOINT_URL", "ftp://x"),
        new("AWS_ENDPOINT_URL_S3", "garbage"),
        new("AWS_ENDPOINT_URL_IAM", "ftp://x"),
        new("AWS_ENDPOINT_URL_STS", "http://"),
        new("LOG_LEVEL", "Loud"),
        new("LOG_LEVEL", "5"),
        new("LOG_FORMAT", "xml"),
        new("--dryrun", null, ["--dryrun"]),
        new("--endpoint-url", null, ["--endpoint-url", "http://127.0.0.1:1"]),
        new("stray", null, ["stray"]),
    ];

    public async ValueTask InitializeAsync() => _aws = await RefusingAws.StartAsync(Cancel);

    public async ValueTask DisposeAsync()
    {
        await _aws.DisposeAsync();
        _output.Delete(recursive: true);
    }

    [Fact]
    public async Task EveryBadValueOfEverySettingIsRefusedAtStartWithOneLine()
    {
        var failures = await BadSettingTable.FailuresAsync("inventory-runner.dll", Environment(), [], Cases, Cancel);

        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases.Count()} cases not refused as they should be:\n{string.Join("\n\n", failures)}");
        Assert.Equal(0, _aws.Calls);
        Assert.Empty(_output.GetFileSystemInfos());
    }

    [Fact]
    public async Task TheSameSettingsWithoutABadValueReachAwsAndTheFailureIsTheTerminationMessage()
    {
        var termination = Path.Combine(_output.FullName, "termination-log");

        var result = await WorkerProcess.RunAsync("inventory-runner.dll", Environment(("TERMINATION_MESSAGE_PATH", termination), ("LOG_FORMAT", "json")), TimeSpan.FromSeconds(60), Cancel);

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.True(_aws.Calls > 0);
        var message = await File.ReadAllTextAsync(termination, Cancel);
        Assert.Equal($"Could not assume arn:aws:iam::{Account}:role/inventory: AccessDenied: {RefusingAws.Message}", message);
        Assert.DoesNotContain('\n', message);

        // Every line of the run carries its account.
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Equal(Account, (string?)JsonNode.Parse(line)!["Properties"]!["Account"]));
    }

    [Fact]
    public async Task AnUnwritableTerminationMessageFolderNeverChangesTheOutcome()
    {
        var result = await WorkerProcess.RunAsync("inventory-runner.dll", Environment(("TERMINATION_MESSAGE_PATH", "/proc/no-such-folder/termination-log")), TimeSpan.FromSeconds(60), Cancel);

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCredentialsAnywhereIsOneLineAndExitThree()
    {
        var environment = Environment(("HOME", _output.FullName), ("AWS_EC2_METADATA_DISABLED", "true"));
        environment.Remove("AWS_ACCESS_KEY_ID");
        environment.Remove("AWS_SECRET_ACCESS_KEY");

        var result = await WorkerProcess.RunAsync("inventory-runner.dll", environment, TimeSpan.FromSeconds(60), Cancel);

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("No AWS credentials: none in AWS_ACCESS_KEY_ID", result.Output, StringComparison.Ordinal);
        Assert.Contains("An emulator accepts any keys", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
        Assert.Equal(0, _aws.Calls);
    }

    [Fact]
    public async Task HelpAndVersionPrintAndExitZeroWithoutRunning()
    {
        var help = await WorkerProcess.RunAsync("inventory-runner.dll", Environment(), TimeSpan.FromSeconds(60), Cancel, "--help");
        var version = await WorkerProcess.RunAsync("inventory-runner.dll", Environment(), TimeSpan.FromSeconds(60), Cancel, "--version");

        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.Contains("Usage:", help.Output, StringComparison.Ordinal);
        Assert.Contains("--version", help.Output, StringComparison.Ordinal);
        Assert.True(version.ExitCode == 0, version.ToString());
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Output.Trim());
        Assert.Equal(0, _aws.Calls);
    }

    private Dictionary<string, string> Environment(params (string Name, string Value)[] overrides)
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = "AKIAREFUSEDTESTKEY01",
            ["AWS_SECRET_ACCESS_KEY"] = "refused-secret",
            ["AWS_REGION"] = "us-east-1",
            ["AWS_ENDPOINT_URL"] = _aws.Endpoint.ToString(),
            ["ACCOUNT_ID"] = Account,
            ["OUTPUT_DIR"] = _output.FullName,
            ["REGIONS"] = "us-east-1",
            ["SERVICES"] = "ec2",
            ["RUN_ID"] = "bad-settings",
            ["LOG_FORMAT"] = "text",
        };
        foreach (var (name, value) in overrides)
        {
            environment[name] = value;
        }

        return environment;
    }
}
