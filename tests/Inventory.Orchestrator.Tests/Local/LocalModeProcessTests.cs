using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Inventory.Testing.Aws;
using Inventory.Testing.Processes;

namespace Inventory.Orchestrator.Tests.Local;

/// <summary>The orchestrator binary with --local against moto: no Kubernetes, runners in-process, output to a folder.</summary>
public sealed partial class LocalModeProcessTests(MotoFixture moto) : IClassFixture<MotoFixture>, IAsyncLifetime
{
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("orchestrator-local-");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await moto.Server.ResetAsync(Cancel);

    public ValueTask DisposeAsync()
    {
        _output.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task CollectsEveryAccountOfTheOrganizationInProcessIntoTheFolder()
    {
        await moto.Server.Seed.CreateOrganizationAsync(Cancel);
        List<string> accounts = [MotoCredentials.ManagementAccountId];
        for (var i = 0; i < 2; i++)
        {
            accounts.Add(await moto.Server.Seed.CreateAccountAsync($"member-{i}", $"member-{i}@example.com", Cancel));
        }

        var instances = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var account in accounts)
        {
            instances[account] = await moto.Server.Seed.RunInstancesAsync(account, "us-east-1", 2, Cancel);
        }

        var result = await RunAsync(("MAX_CONCURRENT_RUNNERS", "2"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("3 selected, 3 succeeded, 0 failed", result.Output, StringComparison.Ordinal);
        foreach (var account in accounts)
        {
            var records = await RecordsAsync(account);
            Assert.All(records, r => Assert.Equal(account, (string?)r["account"]));
            var ids = records.Where(r => (string?)r["asset_type"] == "instance").Select(r => r.ToJsonString()).ToList();
            Assert.All(instances[account], id => Assert.Contains(ids, r => r.Contains(id, StringComparison.Ordinal)));
            var others = instances.Where(pair => pair.Key != account).SelectMany(pair => pair.Value);
            Assert.All(others, id => Assert.DoesNotContain(ids, r => r.Contains(id, StringComparison.Ordinal)));
        }

        Assert.DoesNotContain("kubeconfig", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WithoutAnOrganizationCollectsTheCallersOwnAccount()
    {
        var instances = await moto.Server.Seed.RunInstancesAsync(MotoCredentials.ManagementAccountId, "us-east-1", 1, Cancel);

        var result = await RunAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1 selected, 1 succeeded, 0 failed", result.Output, StringComparison.Ordinal);
        var records = await RecordsAsync(MotoCredentials.ManagementAccountId);
        Assert.Contains(records, r => (string?)r["asset_type"] == "instance" && r.ToJsonString().Contains(instances[0], StringComparison.Ordinal));
        Assert.Single(Directory.GetFiles(_output.FullName, "*.json.gz", SearchOption.AllDirectories));
    }

    // One data object per account at AWS Recon's key, a report beside it; returns its records.
    private async Task<List<JsonObject>> RecordsAsync(string account)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var folder = Path.Combine(_output.FullName, "AWSRecon", $"{today.Year}", $"{today.Month}", $"{today.Day}");
        var data = Assert.Single(Directory.GetFiles(folder, $"{account}_aws_recon_*.json.gz"));
        var match = DataFile().Match(Path.GetFileName(data));
        Assert.True(match.Success, data);
        Assert.True(File.Exists(Path.Combine(folder, $"{account}_aws_recon_{match.Groups[1].Value}.report.json")), $"no report beside {data}");
        await using var gzip = new GZipStream(File.OpenRead(data), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var text = await reader.ReadToEndAsync(Cancel);
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject())];
    }

    private Task<WorkerResult> RunAsync(params (string Name, string Value)[] overrides)
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = MotoCredentials.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = MotoCredentials.SecretAccessKey,
            ["AWS_REGION"] = "us-east-1",
            ["SERVICES"] = "ec2",
            ["REGIONS"] = "us-east-1",
            ["OUTPUT_DIR"] = _output.FullName,
            ["RUN_ID"] = "local-test",
            ["LOG_FORMAT"] = "text",
        };
        foreach (var (name, value) in overrides)
        {
            environment[name] = value;
        }

        return WorkerProcess.RunAsync("inventory-orchestrator.dll", environment, TimeSpan.FromMinutes(2), Cancel, ["--local", "--endpoint-url", moto.Server.Endpoint.ToString()]);
    }

    [GeneratedRegex(@"^\d{12}_aws_recon_(\d+)\.json\.gz$")]
    private static partial Regex DataFile();
}
