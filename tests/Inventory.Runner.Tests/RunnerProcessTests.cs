using Inventory.Run;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Inventory.Testing.Aws;
using Inventory.Testing.Processes;

namespace Inventory.Runner.Tests;

/// <summary>The runner binary as a process, against moto behind the fault proxy.</summary>
public sealed partial class RunnerProcessTests(MotoFixture moto) : IClassFixture<MotoFixture>, IAsyncLifetime
{
    private const string Account = "111111111111";
    private const string Bucket = "inventory-output";
    private const string RunnerKey = "AKIARUNNERTESTKEY001";
    private static readonly string[] DeniedCodes = ["AccessDenied", "AccessDeniedException"];

    private FaultProxy _proxy = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private MotoServer Moto => moto.Server;

    public async ValueTask InitializeAsync()
    {
        await Moto.ResetAsync(Cancel);
        _proxy = await FaultProxy.StartAsync(Moto.Endpoint, Cancel);
        await Moto.Seed.CreateBucketAsync(MotoCredentials.ManagementAccountId, Bucket, "us-east-1", Cancel);
    }

    public async ValueTask DisposeAsync() => await _proxy.DisposeAsync();

    [Fact]
    public async Task BadSettingsExitTwoWithOneLinePerProblem()
    {
        var result = await RunAsync(new() { ["ACCOUNT_ID"] = "12345", ["S3_BUCKET"] = "", ["REGIONS"] = "atlantis" });

        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("configuration: ACCOUNT_ID: '12345' is not a 12-digit account id", lines);
        Assert.Contains("configuration: S3_BUCKET: required unless OUTPUT_DIR is set", lines);
        Assert.Contains(lines, line => line.StartsWith("configuration: REGIONS: 'atlantis'", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
        Assert.Empty(_proxy.Calls);
    }

    [Fact]
    public async Task UploadsTheInventoryAtAwsReconsKeySignedByTheRunnerWhileTheAccountsRoleCollects()
    {
        await Moto.Seed.CreateRoleAsync(Account, "inventory", PolicyDocuments.TrustPrincipal($"arn:aws:iam::{MotoCredentials.ManagementAccountId}:root"), ct: Cancel);
        var instances = await Moto.Seed.RunInstancesAsync(Account, "eu-west-1", 2, Cancel);
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var result = await RunAsync(Settings(("REGIONS", "us-east-1,eu-west-1,global"), ("SERVICES", "ec2,iam")));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.All(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Matches(@"^\d\d:\d\d:\d\d \w{3} \[111111111111\] ", line));
        var keys = await Moto.Seed.ListObjectKeysAsync(MotoCredentials.ManagementAccountId, Bucket, "AWSRecon/", Cancel);
        var data = Assert.Single(keys, key => key.EndsWith(".json.gz", StringComparison.Ordinal));
        var match = DataKey().Match(data);
        Assert.True(match.Success, data);
        Assert.InRange(long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), before, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Assert.Contains(data.Replace(".json.gz", ".report.json", StringComparison.Ordinal), keys);

        var records = await Records(data);
        var ids = records.Where(r => (string?)r["asset_type"] == "instance").Select(r => (string)r["resource"]!["data"]!["instance_id"]!).ToList();
        Assert.Equal(instances.Order(), ids.Order());
        Assert.All(records, r => Assert.Equal(Account, (string)r["account"]!));
        Assert.Contains(records, r => (string?)r["region"] == "global" && (string?)r["asset_type"] == "role");

        // The upload is the runner's; every collection call is the account's inventory role's.
        var calls = _proxy.Calls;
        var uploads = calls.Where(c => c.Service == "s3" && c.Action.StartsWith($"PUT /{Bucket}/AWSRecon/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, uploads.Count);
        Assert.All(uploads, c => Assert.Equal(RunnerKey, c.AccessKeyId));
        Assert.Contains(calls, c => c is { Service: "sts", Action: "AssumeRole" } && c.AccessKeyId == RunnerKey);
        var collection = calls.Where(c => c.Service is "ec2" or "iam").ToList();
        Assert.NotEmpty(collection);
        var inventoryKey = Assert.Single(collection.Select(c => c.AccessKeyId).Distinct());
        Assert.NotEqual(RunnerKey, inventoryKey);
    }

    [Fact]
    public async Task ARoleChainThatFailsExitsThreeAndWritesNothing()
    {
        await Moto.Seed.CreateUserAsync(MotoCredentials.ManagementAccountId, "runner", Cancel);
        var (key, secret) = await Moto.Seed.CreateAccessKeyAsync(MotoCredentials.ManagementAccountId, "runner", Cancel);
        await Moto.EnforceAuthAsync(true, Cancel);

        var termination = Path.Combine(Path.GetTempPath(), $"termination-{Guid.NewGuid():N}");
        var result = await RunAsync(Settings(("AWS_ACCESS_KEY_ID", key), ("AWS_SECRET_ACCESS_KEY", secret), ("REGIONS", "us-east-1"), ("TERMINATION_MESSAGE_PATH", termination)));

        Assert.True(result.ExitCode == 3, result.ToString());
        var message = await File.ReadAllTextAsync(termination, Cancel);
        File.Delete(termination);
        Assert.StartsWith($"Could not assume arn:aws:iam::{Account}:role/inventory: AccessDenied: ", message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, message, StringComparison.Ordinal);
        Assert.Contains("AccessDenied", result.Output, StringComparison.Ordinal);
        Assert.Contains($"arn:aws:iam::{Account}:role/inventory", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, result.Output + result.Error, StringComparison.Ordinal);
        await Moto.EnforceAuthAsync(false, Cancel);
        Assert.Empty(await Moto.Seed.ListObjectKeysAsync(MotoCredentials.ManagementAccountId, Bucket, "", Cancel));
    }

    [Fact]
    public async Task AccessDeniedOnTwoServicesStillUploadsTheRestAndTheReportNamesThem()
    {
        var (key, secret, instance) = await SeedDeniedKmsAndSqs();

        var result = await RunAsync(Settings(("AWS_ACCESS_KEY_ID", key), ("AWS_SECRET_ACCESS_KEY", secret), ("REGIONS", "us-east-1"), ("SERVICES", "ec2,kms,sqs"), ("MAX_FAILED_SHARE", "0.7")));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"Run summary for 111111111111: succeeded with [1-9][0-9]* failed calls?, ", result.Output);
        await Moto.EnforceAuthAsync(false, Cancel);
        var keys = await Moto.Seed.ListObjectKeysAsync(MotoCredentials.ManagementAccountId, Bucket, "AWSRecon/", Cancel);
        var records = await Records(Assert.Single(keys, k => k.EndsWith(".json.gz", StringComparison.Ordinal)));
        Assert.Contains(records, r => (string?)r["resource"]!["data"]!["instance_id"] == instance);
        Assert.DoesNotContain(records, r => (string?)r["service"] is "KMS" or "SQS");

        var report = await Report(keys);
        var errors = report["errors"]!.AsArray();
        Assert.Equal(["KMS", "SQS"], errors.Select(e => (string)e!["service"]!).Distinct().Order());
        Assert.All(errors, e => Assert.Contains((string)e!["code"]!, DeniedCodes));
        Assert.Contains(errors, e => (string?)e!["operation"] == "ListKeys" && (string?)e["region"] == "us-east-1");
        Assert.Equal("succeeded", (string?)report["status"]);
        Assert.True((long)report["resources"]!["EC2"]! > 0);
    }

    [Fact]
    public async Task TooManyFailedServicesFailTheRunWithAReportAndNoData()
    {
        var (key, secret, _) = await SeedDeniedKmsAndSqs();

        var result = await RunAsync(Settings(("AWS_ACCESS_KEY_ID", key), ("AWS_SECRET_ACCESS_KEY", secret), ("REGIONS", "us-east-1"), ("SERVICES", "ec2,kms,sqs")));

        Assert.True(result.ExitCode == 5, result.ToString());
        await Moto.EnforceAuthAsync(false, Cancel);
        var keys = await Moto.Seed.ListObjectKeysAsync(MotoCredentials.ManagementAccountId, Bucket, "AWSRecon/", Cancel);
        Assert.DoesNotContain(keys, k => k.EndsWith(".json.gz", StringComparison.Ordinal));
        var report = await Report(keys);
        Assert.Equal("failed", (string?)report["status"]);
        Assert.Null(report["data_key"]);
        Assert.Equal(2, (int)report["failed_work_items"]!);
    }

    // A runner allowed to assume and upload; an inventory role that may read EC2 but not KMS or SQS.
    private async Task<(string Key, string Secret, string Instance)> SeedDeniedKmsAndSqs()
    {
        await Moto.Seed.CreateUserAsync(MotoCredentials.ManagementAccountId, "runner", Cancel);
        var (key, secret) = await Moto.Seed.CreateAccessKeyAsync(MotoCredentials.ManagementAccountId, "runner", Cancel);
        await Moto.Seed.PutUserPolicyAsync(MotoCredentials.ManagementAccountId, "runner", "runner", PolicyDocuments.Allow("*", "sts:AssumeRole", "s3:PutObject", "s3:AbortMultipartUpload", "s3:ListBucket", "s3:GetObject", "s3:DeleteObject"), Cancel);
        await Moto.Seed.CreateRoleAsync(Account, "inventory", PolicyDocuments.TrustPrincipal($"arn:aws:iam::{MotoCredentials.ManagementAccountId}:user/runner"), ct: Cancel);
        await Moto.Seed.PutRolePolicyAsync(Account, "inventory", "read", PolicyDocuments.Allow("*", "ec2:Describe*", "ec2:Get*"), Cancel);
        var instances = await Moto.Seed.RunInstancesAsync(Account, "us-east-1", 1, Cancel);
        await Moto.Seed.CreateKeyAsync(Account, "us-east-1", Cancel);
        await Moto.EnforceAuthAsync(true, Cancel);
        return (key, secret, instances[0]);
    }

    private async Task<JsonNode> Report(IReadOnlyList<string> keys) =>
        JsonNode.Parse(await Moto.Seed.GetObjectAsync(MotoCredentials.ManagementAccountId, Bucket, Assert.Single(keys, k => k.EndsWith(".report.json", StringComparison.Ordinal)), Cancel))!;

    [Fact]
    public async Task WritesTheSameLayoutToAFolderWithOutputDir()
    {
        await Moto.Seed.RunInstancesAsync(Account, "us-east-1", 1, Cancel);
        var folder = Directory.CreateTempSubdirectory("inventory-out-");
        try
        {
            var result = await RunAsync(Settings(("S3_BUCKET", ""), ("OUTPUT_DIR", folder.FullName), ("REGIONS", "us-east-1"), ("SERVICES", "ec2"), ("OUTPUT_JSON_LINES", "false")));

            Assert.True(result.ExitCode == 0, result.ToString());
            var file = Assert.Single(Directory.GetFiles(Path.Combine(folder.FullName, "AWSRecon", "2026", "3", "7"), "*.json.gz"));
            await using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            var array = Assert.IsType<JsonArray>(await JsonNode.ParseAsync(gzip, cancellationToken: Cancel));
            Assert.Contains(array, r => (string?)r!["asset_type"] == "instance");
            Assert.Empty(Directory.GetFiles(folder.FullName, "*.partial", SearchOption.AllDirectories));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private Dictionary<string, string> Settings(params (string Name, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = RunnerKey,
            ["AWS_SECRET_ACCESS_KEY"] = "runner-secret",
            ["AWS_REGION"] = "us-east-1",
            ["AWS_ENDPOINT_URL"] = _proxy.Endpoint.ToString(),
            ["ACCOUNT_ID"] = Account,
            ["S3_BUCKET"] = Bucket,
            ["RUN_ID"] = "test-run",
            ["RUN_DATE"] = "2026-03-07",
            ["LOG_FORMAT"] = "text",
        };
        foreach (var (name, value) in overrides)
        {
            settings[name] = value;
        }

        return settings;
    }

    private static Task<WorkerResult> RunAsync(Dictionary<string, string> environment) =>
        WorkerProcess.RunAsync("inventory-runner.dll", environment, TimeSpan.FromMinutes(3), Cancel);

    private async Task<List<JsonObject>> Records(string key)
    {
        var bytes = await Moto.Seed.GetObjectAsync(MotoCredentials.ManagementAccountId, Bucket, key, Cancel);
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var text = await reader.ReadToEndAsync(Cancel);
        Assert.False(text.EndsWith('\n'));
        return [.. text.Split('\n').Select(line => JsonNode.Parse(line)!.AsObject())];
    }

    [GeneratedRegex(@"^AWSRecon/2026/3/7/111111111111_aws_recon_(\d+)\.json\.gz$")]
    private static partial Regex DataKey();
}
