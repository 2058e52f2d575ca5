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

    [Fact]
    public async Task KubernetesIsNeverReachedSoABrokenKubeconfigDoesNotMatter()
    {
        await moto.Server.Seed.RunInstancesAsync(MotoCredentials.ManagementAccountId, "us-east-1", 1, Cancel);
        const string missing = "/nonexistent/inventory-kubeconfig";

        var result = await RunAsync(moto.Server.Endpoint, ["--kubeconfig", missing], ("KUBECONFIG", missing), ("POD_NAME", "aws-inventory-orchestrator-0"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Has(result, "1 selected, 1 succeeded, 0 failed");
        Assert.DoesNotContain(missing, result.Output + result.Error, StringComparison.Ordinal);
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

    [Theory]
    [InlineData("--dry-run")]
    [InlineData("DRY_RUN=true")]
    public async Task ADryRunPrintsTheLocalPlanAndCollectsAndWritesNothing(string dryRun)
    {
        await moto.Server.Seed.CreateOrganizationAsync(Cancel);
        var member = await moto.Server.Seed.CreateAccountAsync("member-0", "member-0@example.com", Cancel);
        await using var proxy = await FaultProxy.StartAsync(moto.Server.Endpoint, Cancel);
        string[] arguments = dryRun.StartsWith("--", StringComparison.Ordinal) ? [dryRun] : [];
        (string, string)[] variables = dryRun.StartsWith("--", StringComparison.Ordinal) ? [] : [("DRY_RUN", "true")];

        var result = await RunAsync(proxy.Endpoint, arguments, variables);

        Assert.True(result.ExitCode == 0, result.ToString());
        Has(result, "Dry run local-test");
        Has(result, $"collect {member}  member-0  through arn:aws:iam::{member}:role/inventory");
        Has(result, $"collect {MotoCredentials.ManagementAccountId}");
        Has(result, "Regions: us-east-1");
        Has(result, "Services (1): EC2");
        Has(result, $"Destination: {_output.FullName}/AWSRecon/");
        Assert.Empty(_output.GetFileSystemInfos());
        Assert.All(proxy.Calls, call => Assert.Equal("organizations", call.Service));
    }

    [Fact]
    public async Task AWriteThatFailsIsNotCountedAsWrittenAndSaysWhy()
    {
        await moto.Server.Seed.RunInstancesAsync(MotoCredentials.ManagementAccountId, "us-east-1", 2, Cancel);

        var result = await RunAsync(("OUTPUT_DIR", ""), ("S3_BUCKET", "no-such-inventory-bucket"));

        Assert.True(result.ExitCode == 5, result.ToString());
        Has(result, "1 selected, 0 succeeded, 1 failed, 0 skipped; 0 resources written to s3://no-such-inventory-bucket");
        Has(result, $"failed {MotoCredentials.ManagementAccountId}: Could not write the inventory to s3://no-such-inventory-bucket: NoSuchBucket: ");
    }

    [Fact]
    public async Task SucceededWithFailedCallsSaysSoAndNamesThem()
    {
        await moto.Server.Seed.RunInstancesAsync(MotoCredentials.ManagementAccountId, "us-east-1", 1, Cancel);
        await using var proxy = await FaultProxy.StartAsync(moto.Server.Endpoint, Cancel);
        proxy.AddRule(new FaultRule(Fault.Error(403, "UnauthorizedOperation", "You are not authorized to perform this operation.")) { Service = "ec2", Action = "DescribeVolumes" });

        var result = await RunAsync(proxy.Endpoint, [], ("MAX_FAILED_SHARE", "1"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Has(result, "1 selected, 1 succeeded (1 with failed calls), 0 failed");
        Has(result, $"succeeded with 1 failed call {MotoCredentials.ManagementAccountId}: EC2 us-east-1 DescribeVolumes UnauthorizedOperation: You are not authorized to perform this operation. (report: {_output.FullName}/AWSRecon/");
        Assert.DoesNotContain(" succeeded, ", result.Output.Split('\n').Single(line => line.Contains("Run summary for", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailedAccountCarriesTheAwsErrorAndEveryLineItsAccount()
    {
        await moto.Server.Seed.CreateOrganizationAsync(Cancel);
        var member = await moto.Server.Seed.CreateAccountAsync("member-0", "member-0@example.com", Cancel);
        await using var proxy = await FaultProxy.StartAsync(moto.Server.Endpoint, Cancel);
        var denied = $"User: arn:aws:iam::{MotoCredentials.ManagementAccountId}:user/test is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::{member}:role/inventory";
        proxy.AddRule(new FaultRule(Fault.Error(403, "AccessDenied", denied)) { Service = "sts", Action = "AssumeRole", BodyContains = member });

        var result = await RunAsync(proxy.Endpoint, []);

        Assert.True(result.ExitCode == 5, result.ToString());
        Has(result, "2 selected, 1 succeeded, 1 failed");
        Has(result, $"failed {member}: Could not assume arn:aws:iam::{member}:role/inventory: AccessDenied: {denied}");
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var account in new[] { member, MotoCredentials.ManagementAccountId })
        {
            var own = lines.Where(line => line.Contains($"Collecting account {account}", StringComparison.Ordinal) || line.Contains($"Account {account} (", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(own);
            Assert.All(own, line => Assert.Matches($@"^\d\d:\d\d:\d\d \w{{3}} \[{account}\] ", line));
        }

        Assert.Contains(lines, line => line.Contains($"[{member}]", StringComparison.Ordinal) && line.Contains("Role chain failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AtATerminalALiveTableShowsTheAccountsAndTheLogGoesToAFileItNames()
    {
        await moto.Server.Seed.RunInstancesAsync(MotoCredentials.ManagementAccountId, "us-east-1", 1, Cancel);
        var temp = Directory.CreateTempSubdirectory("orchestrator-terminal-");
        try
        {
            var environment = Environment(("TMPDIR", temp.FullName), ("TERM", "xterm-256color"));
            environment.Remove("LOG_FORMAT");

            var result = await WorkerProcess.RunAtTerminalAsync("inventory-orchestrator.dll", environment, TimeSpan.FromMinutes(2), Cancel, "--local", "--endpoint-url", moto.Server.Endpoint.ToString());

            Assert.True(result.ExitCode == 0, result.ToString());
            var log = Assert.Single(temp.GetFiles("inventory-local-*.log")).FullName;
            var screen = Escapes().Replace(result.Output, "");
            Assert.Contains($"Log lines go to {log}", screen, StringComparison.Ordinal);
            Assert.Matches("│ Account +│ State +│ Regions +│ Services +│ Resources +│ Calls +│ Errors +│ Elapsed +│", screen);
            // The live row, in whatever state the redraw caught it (the summary's rows have a name column instead).
            Assert.Matches($@"│ {MotoCredentials.ManagementAccountId} │ (queued|starting|collecting|writing|done) +│ +[01]/[01] │ +[01]/[01] │", screen);
            Assert.Matches(@"[01]/1 accounts done, [01] running, 0 failed", screen);
            Assert.Contains("Run local-test", screen, StringComparison.Ordinal); // the summary table's title
            Assert.Matches($@"│ {MotoCredentials.ManagementAccountId} │ caller's own account │ succeeded │ +[1-9][0-9,]* │ +0 │", screen);
            Assert.DoesNotContain("Collecting account", screen, StringComparison.Ordinal);
            var lines = await File.ReadAllTextAsync(log, Cancel);
            Assert.Contains($"[{MotoCredentials.ManagementAccountId}] Collecting account", lines, StringComparison.Ordinal);
            Assert.Matches(@"1 selected, 1 succeeded, 0 failed, 0 skipped; [1-9]\d* resources written to", lines);
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task RedirectedOutputIsOneJsonLogLinePerEventAndNothingElse()
    {
        await moto.Server.Seed.RunInstancesAsync(MotoCredentials.ManagementAccountId, "us-east-1", 1, Cancel);
        var temp = Directory.CreateTempSubdirectory("orchestrator-redirected-");
        try
        {
            var environment = Environment(("TMPDIR", temp.FullName));
            environment.Remove("LOG_FORMAT");

            var result = await WorkerProcess.RunAsync("inventory-orchestrator.dll", environment, TimeSpan.FromMinutes(2), Cancel, "--local", "--endpoint-url", moto.Server.Endpoint.ToString());

            Assert.True(result.ExitCode == 0, result.ToString());
            var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.All(lines, line => Assert.NotNull(JsonNode.Parse(line)!["MessageTemplate"]));
            Assert.Contains(lines, line => line.Contains("1 selected, 1 succeeded, 0 failed, 0 skipped; ", StringComparison.Ordinal) && line.Contains(" resources written to ", StringComparison.Ordinal));
            Assert.Empty(temp.GetFiles("inventory-local-*.log"));
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    private static void Has(WorkerResult result, string text) => Assert.True(result.Output.Contains(text, StringComparison.Ordinal), $"not found: {text}\n{result}");

    private Task<WorkerResult> RunAsync(params (string Name, string Value)[] overrides) => RunAsync(moto.Server.Endpoint, [], overrides);

    private Task<WorkerResult> RunAsync(Uri endpoint, string[] arguments, params (string Name, string Value)[] overrides) =>
        WorkerProcess.RunAsync("inventory-orchestrator.dll", Environment(overrides), TimeSpan.FromMinutes(2), Cancel, ["--local", "--endpoint-url", endpoint.ToString(), .. arguments]);

    private Dictionary<string, string> Environment(params (string Name, string Value)[] overrides)
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

        return environment;
    }

    // ANSI control sequences (colour, cursor moves, modes): what remains is the text a person reads.
    [GeneratedRegex(@"\x1b(\[[0-9;?]*[A-Za-z]|[=>])")]
    private static partial Regex Escapes();

    [GeneratedRegex(@"^\d{12}_aws_recon_(\d+)\.json\.gz$")]
    private static partial Regex DataFile();
}
