using Inventory.Run;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Inventory.Testing.Aws;
using Inventory.Testing.Kubernetes;
using Inventory.Testing.Processes;

namespace Inventory.EndToEnd.Tests;

/// <summary>
/// One whole run with real processes: the orchestrator binary (kubeconfig for FakeKubernetes, keys of
/// the management account) lists moto's organization and creates a runner Job per account; the fake's
/// kubelet runs the runner binary for each pod, which assumes Inventory-Runner through IRSA, chains into
/// the account's inventory role, collects and uploads, every AWS call through the fault proxy.
/// </summary>
public sealed partial class OrchestratorEndToEndTests(MotoFixture moto) : IClassFixture<MotoFixture>, IAsyncLifetime
{
    private const string RunId = "e2e-run";
    private const string Namespace = "inventory";
    private const int MaxConcurrentRunners = 3;
    private const string SessionName = $"inventory-{RunId}";
    private static readonly string[] Services = ["EC2", "IAM"];

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("inventory-e2e-");
    private FaultProxy _proxy = null!;
    private SeededOrganization _org = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await moto.Server.ResetAsync(Cancel);
        _proxy = await FaultProxy.StartAsync(moto.Server.Endpoint, Cancel);
        _org = await SeededOrganization.SeedAsync(moto.Server.Seed, Cancel);

        // Stands in for the trust evaluation moto lacks: moto lets any caller AssumeRole into any
        // account's role (cross-account trust policies are never checked; enforcing its auth would
        // also refuse the unsigned AssumeRoleWithWebIdentity). AWS refuses Legacy's role, whose trust
        // policy does not name Inventory-Runner, exactly like this.
        _proxy.AddRule(new FaultRule(Fault.Error(403, "AccessDenied",
            $"User: arn:aws:sts::{SeededOrganization.Management}:assumed-role/Inventory-Runner/runner is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::{_org.Legacy}:role/inventory"))
        {
            Service = "sts",
            Action = "AssumeRole",
            BodyContains = SeededOrganization.RoleArnParameter(_org.Legacy),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _proxy.DisposeAsync();
        _directory.Delete(recursive: true);
    }

    [Fact]
    public async Task EveryCollectableAccountIsUploadedTheUntrustedOneFailsAndTheSuspendedOneIsSkipped()
    {
        await using var kubernetes = await FakeKubernetes.StartAsync(
            new FakeKubernetesOptions { Kubelet = RunnerKubelet.Options(_proxy.Endpoint, MaxConcurrentRunners) }, Cancel);
        var before = DateTimeOffset.UtcNow;

        var result = await RunOrchestratorAsync(kubernetes);

        var after = DateTimeOffset.UtcNow;
        var context = Describe(result, kubernetes);
        Assert.True(result.ExitCode == 5, context);
        var runDate = RunDate(result.Output, context);
        Assert.Contains(runDate, new[] { DateOnly.FromDateTime(before.UtcDateTime), DateOnly.FromDateTime(after.UtcDateTime) });

        AssertSummary(result.Output, context);
        AssertJobsAndPods(kubernetes, context);
        var dataKeys = await AssertObjectsAsync(runDate, before, after, context);
        await AssertRecordsAsync(dataKeys);
        await AssertIdentitiesAsync(context);
    }

    // The summary line, the structured summary event and the table: exactly these outcomes.
    private void AssertSummary(string output, string context)
    {
        Assert.Matches(SummaryLine(), output);
        Assert.Contains($"Run summary {RunId}: 5 selected, 1 skipped, 0 not in the organization, 4 succeeded, 1 failed in ", output, StringComparison.Ordinal);
        Assert.Contains($"failed: [\"{_org.Legacy}: BackoffLimitExceeded", output, StringComparison.Ordinal);

        var rows = TableRows(output);
        var expected = _org.Collectable.Select(account => (Id: account.Key, Name: account.Value, Outcome: "succeeded"))
            .Append((Id: _org.Legacy, Name: "legacy", Outcome: "failed"))
            .OrderBy(row => row.Id, StringComparer.Ordinal)
            .Select(row => row.Outcome == "succeeded"
                ? $@"^{row.Id}  {row.Name} +succeeded +\d+:\d\d$"
                : $@"^{row.Id}  {row.Name} +failed +\d+:\d\d  BackoffLimitExceeded: Job has reached the specified backoff limit; the runner said: .*arn:aws:iam::{row.Id}:role/inventory.*AccessDenied.*$")
            .Append($@"^{_org.Retired}  retired +skipped +status SUSPENDED$")
            .ToList();
        Assert.True(rows.Count == expected.Count, $"table rows:\n{string.Join('\n', rows)}\n{context}");
        foreach (var (row, pattern) in rows.Zip(expected))
        {
            Assert.Matches(pattern, row);
        }
    }

    // One Job per selected account (none for the suspended one), one pod each (JOB_BACKOFF_LIMIT=0);
    // Legacy's runner exited 3 (role chain refused) and its Job failed.
    private void AssertJobsAndPods(FakeKubernetes kubernetes, string context)
    {
        var jobs = kubernetes.Jobs(Namespace);
        var byAccount = jobs.ToDictionary(job => (string)job["metadata"]!["labels"]!["inventory/account"]!, StringComparer.Ordinal);
        Assert.True(byAccount.Keys.Order().SequenceEqual(_org.Collectable.Keys.Append(_org.Legacy).Order()), context);
        foreach (var (account, job) in byAccount)
        {
            var conditions = job["status"]!["conditions"]!.AsArray().Select(c => ((string)c!["type"]!, (string?)c["reason"])).ToList();
            if (account == _org.Legacy)
            {
                Assert.Contains(("Failed", "BackoffLimitExceeded"), conditions);
            }
            else
            {
                Assert.Contains(conditions, c => c.Item1 == "Complete");
            }
        }

        var pods = kubernetes.Pods(Namespace);
        Assert.Equal(jobs.Count, pods.Count);
        foreach (var pod in pods)
        {
            var account = (string)pod["metadata"]!["labels"]!["inventory/account"]!;
            var exitCode = (int)pod["status"]!["containerStatuses"]![0]!["state"]!["terminated"]!["exitCode"]!;
            var logs = kubernetes.Logs(Namespace, (string)pod["metadata"]!["name"]!);
            Assert.True(exitCode == (account == _org.Legacy ? 3 : 0), $"{account} exited {exitCode}:\n{logs}");

            // The runner logs JSON lines in the cluster: Legacy's says which role refused and AWS's code.
            var events = logs.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToList();
            var problems = events.Where(e => (string?)e["Level"] is "Warning" or "Error" or "Fatal").ToList();
            if (account == _org.Legacy)
            {
                var refused = Assert.Single(problems);
                Assert.Equal("Error", (string?)refused["Level"]);
                Assert.Contains($"arn:aws:iam::{_org.Legacy}:role/inventory", (string?)refused["Properties"]!["Message"], StringComparison.Ordinal);
                Assert.Equal("AccessDenied", (string?)refused["Properties"]!["Code"]);
            }
            else
            {
                Assert.True(problems.Count == 0, $"{account}:\n{logs}");
            }
        }
    }

    // Exactly a data object and a report beside it per collectable account, at AWS Recon's key for the run's date.
    private async Task<IReadOnlyDictionary<string, string>> AssertObjectsAsync(DateOnly runDate, DateTimeOffset before, DateTimeOffset after, string context)
    {
        var keys = await new InventoryBucket(moto.Server.Seed, SeededOrganization.Bucket).KeysAsync(Cancel);
        var listing = $"objects:\n{string.Join('\n', keys)}\n{context}";
        Assert.True(keys.Count == 2 * _org.Collectable.Count, listing);
        var folder = $"AWSRecon/{runDate.Year}/{runDate.Month}/{runDate.Day}/";
        var dataKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var account in _org.Collectable.Keys)
        {
            var data = Assert.Single(keys, key => key.StartsWith($"{folder}{account}_", StringComparison.Ordinal) && key.EndsWith(".json.gz", StringComparison.Ordinal));
            var match = Regex.Match(data, $@"^{Regex.Escape(folder)}{account}_aws_recon_(\d+)\.json\.gz$");
            Assert.True(match.Success, data);
            Assert.InRange(long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), before.ToUnixTimeSeconds(), after.ToUnixTimeSeconds());
            Assert.Contains(data.Replace(".json.gz", ".report.json", StringComparison.Ordinal), keys);
            dataKeys[account] = data;
        }

        Assert.DoesNotContain(keys, key => key.Contains(_org.Legacy, StringComparison.Ordinal) || key.Contains(_org.Retired, StringComparison.Ordinal));
        return dataKeys;
    }

    // Valid AWS Recon custom records of the right account; the workloads' instances with their regions.
    private async Task AssertRecordsAsync(IReadOnlyDictionary<string, string> dataKeys)
    {
        var bucket = new InventoryBucket(moto.Server.Seed, SeededOrganization.Bucket);
        string[] regions = [.. SeededOrganization.Regions, "global"];
        foreach (var (account, key) in dataKeys)
        {
            var records = await bucket.RecordsAsync(key, Cancel);
            foreach (var record in records)
            {
                Assert.Equal(["account", "name", "service", "region", "asset_type", "resource", "timestamp"], record.Select(p => p.Key));
                Assert.Equal(account, (string?)record["account"]);
                Assert.Contains((string?)record["service"], Services);
                Assert.Contains((string?)record["region"], regions);
                Assert.IsType<JsonObject>(record["resource"]!["data"], exactMatch: true);
            }

            Assert.Contains(records, r => (string?)r["asset_type"] == "role" && (string?)r["name"] == $"arn:aws:iam::{account}:role/inventory");
            var instances = records.Where(r => (string?)r["asset_type"] == "instance")
                .Select(r => ((string)r["resource"]!["data"]!["instance_id"]!, (string)r["region"]!))
                .Order().ToList();
            var expected = account == _org.Workloads ? _org.InstanceRegions.Select(i => (i.Key, i.Value)).Order().ToList() : [];
            Assert.Equal(expected, instances);

            var report = await bucket.ReportAsync(key.Replace(".json.gz", ".report.json", StringComparison.Ordinal), Cancel);
            Assert.Equal(account, (string?)report["account"]);
            Assert.Equal("succeeded", (string?)report["status"]);
            Assert.Equal(key, (string?)report["data_key"]);
            Assert.Equal(records.Count, (long)report["records"]!);
            Assert.Equal(SeededOrganization.Regions.Order(), report["regions"]!.AsArray().Select(r => (string)r!).Order());
            Assert.True((bool)report["global"]!);
            Assert.True(report["errors"]!.AsArray().Count == 0, report.ToJsonString());
        }
    }

    // From the proxy's records: the orchestrator listed accounts with its own keys; each runner got
    // web identity credentials for Inventory-Runner and uploaded with them; every collection call was
    // signed by the collected account's inventory role; Legacy's AssumeRole was refused.
    private async Task AssertIdentitiesAsync(string context)
    {
        var calls = _proxy.Calls;
        var trace = $"calls:\n{string.Join('\n', calls.Select(c => $"{c.Service} {c.Action} {c.Region} {c.AccessKeyId} {c.StatusCode}{(c.Injected ? " injected" : "")}"))}\n{context}";
        var runnerPrefix = $"arn:aws:sts::{SeededOrganization.Management}:assumed-role/Inventory-Runner/";
        var identities = new Dictionary<string, string>(StringComparer.Ordinal);
        async Task<string> IdentityAsync(string? key)
        {
            Assert.NotNull(key);
            if (!identities.TryGetValue(key, out var arn))
            {
                identities[key] = arn = await CallerIdentity.ArnAsync(moto.Server.Endpoint, key, Cancel);
            }

            return arn;
        }

        Assert.Contains(calls, c => c is { Service: "organizations", Action: "ListAccounts", AccessKeyId: MotoCredentials.AccessKeyId, StatusCode: 200 });
        Assert.DoesNotContain(calls, c => c.AccessKeyId == MotoCredentials.AccessKeyId && c.Service != "organizations");

        var webIdentity = calls.Where(c => c.Action == "AssumeRoleWithWebIdentity").ToList();
        Assert.True(webIdentity.Count == _org.Collectable.Count + 1, trace);
        Assert.All(webIdentity, c => Assert.Equal((null, 200), (c.AccessKeyId, c.StatusCode)));

        var assumeRole = calls.Where(c => c is { Service: "sts", Action: "AssumeRole" }).ToList();
        Assert.True(assumeRole.Count == _org.Collectable.Count + 1, trace);
        Assert.Single(assumeRole, c => c is { Injected: true, StatusCode: 403 });
        foreach (var call in assumeRole)
        {
            Assert.StartsWith(runnerPrefix, await IdentityAsync(call.AccessKeyId), StringComparison.Ordinal);
        }

        var uploads = calls.Where(c => c.Service == "s3" && c.Action.StartsWith($"PUT /{SeededOrganization.Bucket}/AWSRecon/", StringComparison.Ordinal)).ToList();
        Assert.True(uploads.Count == 2 * _org.Collectable.Count, trace);
        foreach (var upload in uploads)
        {
            Assert.Equal(200, upload.StatusCode);
            Assert.StartsWith(runnerPrefix, await IdentityAsync(upload.AccessKeyId), StringComparison.Ordinal);
        }

        // One web identity session per runner pod: it chained into the account and uploaded that account's objects.
        var uploaders = uploads.GroupBy(c => Regex.Match(c.Action, @"/AWSRecon/[\d/]+/(\d{12})_").Groups[1].Value)
            .ToDictionary(g => g.Key, g => Assert.Single(g.Select(c => c.AccessKeyId).Distinct()), StringComparer.Ordinal);
        Assert.Equal(_org.Collectable.Keys.Order(), uploaders.Keys.Order());
        Assert.Equal(uploaders.Count, uploaders.Values.Distinct().Count());
        Assert.All(uploaders.Values, key => Assert.Contains(assumeRole, c => c.AccessKeyId == key && c.StatusCode == 200));

        // Inventory-Runner writes under AWSRecon/ and, to replace an earlier attempt of the run, lists
        // the day's keys there (and would read and delete them): no other S3 call.
        Assert.DoesNotContain(calls, c => c.Service == "s3" && !uploads.Contains(c)
            && !(c.Action == $"GET /{SeededOrganization.Bucket}/" && c.Query.Contains("prefix=AWSRecon%2F", StringComparison.Ordinal))
            && !c.Action.StartsWith($"HEAD /{SeededOrganization.Bucket}/AWSRecon/", StringComparison.Ordinal)
            && !c.Action.StartsWith($"DELETE /{SeededOrganization.Bucket}/AWSRecon/", StringComparison.Ordinal));
        var collection = calls.Where(c => c.Service is "ec2" or "iam").ToList();
        var collectedBy = new Dictionary<string, List<RecordedCall>>(StringComparer.Ordinal);
        foreach (var group in collection.GroupBy(c => c.AccessKeyId))
        {
            var arn = await IdentityAsync(group.Key);
            var match = InventoryRole().Match(arn);
            Assert.True(match.Success && match.Groups["session"].Value == SessionName, $"{arn} collected\n{trace}");
            collectedBy.TryAdd(match.Groups["account"].Value, []);
            collectedBy[match.Groups["account"].Value].AddRange(group);
        }

        Assert.Equal(_org.Collectable.Keys.Order(), collectedBy.Keys.Order());
        foreach (var region in SeededOrganization.Regions)
        {
            Assert.Contains(collectedBy[_org.Workloads], c => c is { Service: "ec2", Action: "DescribeInstances" } && c.Region == region);
        }
    }

    private Task<WorkerResult> RunOrchestratorAsync(FakeKubernetes kubernetes)
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = MotoCredentials.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = MotoCredentials.SecretAccessKey,
            ["AWS_REGION"] = "us-east-1",
            ["AWS_ENDPOINT_URL"] = _proxy.Endpoint.ToString(),
            ["S3_BUCKET"] = SeededOrganization.Bucket,
            ["RUNNER_IMAGE"] = "registry.example/aws-inventory:e2e",
            ["RUN_ID"] = RunId,
            ["REGIONS"] = string.Join(',', [.. SeededOrganization.Regions, "global"]),
            ["SERVICES"] = "ec2,iam",
            ["MAX_CONCURRENT_RUNNERS"] = MaxConcurrentRunners.ToString(CultureInfo.InvariantCulture),
            ["JOB_BACKOFF_LIMIT"] = "0",
            ["LOG_FORMAT"] = "text",
        };
        var kubeconfig = kubernetes.WriteKubeconfig(_directory.FullName, Namespace);
        return WorkerProcess.RunAsync("inventory-orchestrator.dll", environment, TimeSpan.FromMinutes(4), Cancel, "--kubeconfig", kubeconfig);
    }

    private static DateOnly RunDate(string output, string context)
    {
        var match = StartingLine().Match(output);
        Assert.True(match.Success, context);
        return DateOnly.ParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    // The table's rows: the lines after its header, up to the next log line.
    private static List<string> TableRows(string output)
    {
        var lines = output.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        var header = lines.FindIndex(line => line.StartsWith("account ", StringComparison.Ordinal) && line.Contains(" outcome ", StringComparison.Ordinal));
        Assert.True(header >= 0, output);
        return [.. lines.Skip(header + 1).TakeWhile(line => line.Length > 0 && !LogLine().IsMatch(line))];
    }

    // The orchestrator's output and every runner pod's log, for a failing assertion's message.
    private static string Describe(WorkerResult result, FakeKubernetes kubernetes)
    {
        var text = new StringBuilder().AppendLine("orchestrator:").AppendLine(result.ToString());
        foreach (var pod in kubernetes.Pods(Namespace))
        {
            var name = (string)pod["metadata"]!["name"]!;
            try
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"--- pod {name} ---").AppendLine(kubernetes.Logs(Namespace, name));
            }
            catch (KeyNotFoundException)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"--- pod {name}: no process ran ---");
            }
        }

        return text.ToString();
    }

    [GeneratedRegex($@"Run {RunId}: 5 selected, 4 succeeded, 1 failed, 1 skipped, 0 not found, \d+:\d\d\r?$", RegexOptions.Multiline)]
    private static partial Regex SummaryLine();

    [GeneratedRegex($@"Run {RunId} \((?<date>\d{{4}}-\d\d-\d\d)\) in namespace")]
    private static partial Regex StartingLine();

    [GeneratedRegex(@"^\d\d:\d\d:\d\d [A-Z]{3} ")]
    private static partial Regex LogLine();

    [GeneratedRegex(@"^arn:aws:sts::(?<account>\d{12}):assumed-role/inventory/(?<session>[^/]+)$")]
    private static partial Regex InventoryRole();
}
