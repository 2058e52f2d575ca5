using System.Globalization;
using System.Text.Json.Nodes;
using Inventory.Benchmarks.Baseline;
using Inventory.Benchmarks.Measurement;
using Inventory.Testing.Aws;

namespace Inventory.Benchmarks.Figures;

/// <summary>
/// Our runner (the orchestrator's local mode, one in-process runner per account) and the
/// boto3 baseline of ../shared/peers on the same moto, the same seeded accounts and the same 22
/// services, each behind the same counting proxy: wall time and client CPU per HTTP call side
/// by side. Then ours again with one operation answering 500 every time, against a clean run:
/// what a persistent server error costs the run.
/// </summary>
internal static class BaselineFigure
{
    private const int Accounts = 3;
    private const int Scale = 5;
    private const string Regions = "us-east-1,eu-west-1,us-west-2";

    // The baseline's 22 services, by AWS Recon's names.
    private const string Services = "EC2,IAM,S3,Route53,Lambda,KMS,SNS,SQS,DynamoDB,RDS,ECS,EKS,ElasticLoadBalancingV2,CloudTrail,CloudFormation,SecretsManager,SSM,CloudWatchLogs,ECR,AutoScaling,CloudWatch,Kinesis";

    public static async Task<IReadOnlyList<string>> RunAsync(BenchmarkSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var peers = Path.GetFullPath(settings.Peers);
        if (!File.Exists(Path.Combine(peers, "boto3_inventory.py")))
        {
            return [$"baseline: skipped (no boto3_inventory.py in {peers}; --peers DIR)"];
        }

        var load = LoadAverage.OneMinute();
        await using var moto = await MotoServer.StartAsync(cancellationToken);
        var work = Directory.CreateTempSubdirectory("inventory-baseline-");
        try
        {
            var summary = Path.Combine(work.FullName, "seed.json");
            var seeded = await TimedProcess.RunAsync("python3", [Path.Combine(peers, "seed_moto.py"), "--endpoint", moto.Endpoint.ToString().TrimEnd('/'), "--accounts", Accounts.ToString(CultureInfo.InvariantCulture), "--regions", Regions, "--scale", Scale.ToString(CultureInfo.InvariantCulture), "--summary", summary], new Dictionary<string, string>(), cancellationToken);
            if (seeded.ExitCode != 0)
            {
                return [$"baseline: seeding failed: {seeded.Error.Trim()}"];
            }

            var accounts = string.Join(',', JsonNode.Parse(await File.ReadAllTextAsync(summary, cancellationToken))!["accounts"]!.AsArray().Select(a => (string)a!));
            await using var proxy = await FaultProxy.StartAsync(moto.Endpoint, cancellationToken);

            var boto3 = await MeasureAsync(proxy, () => TimedProcess.RunAsync("python3", [Path.Combine(peers, "boto3_inventory.py"), "--endpoint", proxy.Endpoint.ToString().TrimEnd('/'), "--accounts", accounts, "--role-name", "inventory", "--regions", Regions, "--workers", settings.Concurrency.ToString(CultureInfo.InvariantCulture), "--out", Path.Combine(work.FullName, "boto3")], Keys(), cancellationToken));
            var ours = await MeasureAsync(proxy, () => RunOursAsync(proxy, accounts, settings, Path.Combine(work.FullName, "ours"), "clean", cancellationToken));

            // One operation that always answers 500, on the run's busiest service.
            proxy.AddRule(new FaultRule(Fault.ServerError(500)) { Service = "ec2", Action = "DescribeVpcs" });
            var failing = await MeasureAsync(proxy, () => RunOursAsync(proxy, accounts, settings, Path.Combine(work.FullName, "ours-500"), "persistent-500", cancellationToken));
            proxy.ClearRules();
            var clean = await MeasureAsync(proxy, () => RunOursAsync(proxy, accounts, settings, Path.Combine(work.FullName, "ours-clean"), "clean-again", cancellationToken));

            return
            [
                $"baseline: {Accounts} accounts x {Regions.Split(',').Length} regions, scale {Scale}, 22 services, {settings.Concurrency} in flight, moto {moto.Endpoint.Port}",
                Line("boto3", boto3),
                Line("ours", ours),
                $"baseline: ratio ours/boto3 wall={Units.Number(ours.Wall / boto3.Wall, "0.00")} cpu-per-call={Units.Number(ours.CpuMsPerCall / boto3.CpuMsPerCall, "0.00")}",
                Line("ours-clean", clean),
                Line("ours-ec2-DescribeVpcs-always-500", failing),
                $"baseline: persistent 500 on one operation adds {Units.Seconds(failing.Wall - clean.Wall)} ({failing.Calls - clean.Calls} more calls) load={Units.Number(load, "0.0")}",
            ];
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private sealed record Measured(int ExitCode, int Calls, double Wall, double CpuMsPerCall, string Error);

    private static async Task<Measured> MeasureAsync(FaultProxy proxy, Func<Task<TimedProcess.Result>> run)
    {
        proxy.ClearCalls();
        var result = await run();
        var calls = proxy.Calls.Count;
        return new Measured(result.ExitCode, calls, result.WallSeconds, calls == 0 ? double.NaN : result.CpuSeconds * 1000 / calls, result.ExitCode is 0 or 5 ? "" : result.Error.Trim().Split('\n')[^1]);
    }

    private static string Line(string name, Measured m) =>
        $"baseline: {name}: exit={m.ExitCode} calls={m.Calls} wall={Units.Seconds(m.Wall)} cpu-per-call={Units.Number(m.CpuMsPerCall, "0.0")}ms{(m.Error.Length > 0 ? $" error={m.Error}" : "")}";

    private static Task<TimedProcess.Result> RunOursAsync(FaultProxy proxy, string accounts, BenchmarkSettings settings, string output, string runId, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>(Keys())
        {
            ["AWS_ENDPOINT_URL"] = proxy.Endpoint.ToString(),
            ["INCLUDE_ACCOUNTS"] = accounts,
            ["REGIONS"] = Regions + ",global",
            ["SERVICES"] = Services,
            ["OUTPUT_DIR"] = output,
            ["RUN_ID"] = runId,
            ["MAX_CONCURRENT_RUNNERS"] = Accounts.ToString(CultureInfo.InvariantCulture),
            ["RUNNER_MAX_CONCURRENCY"] = settings.Concurrency.ToString(CultureInfo.InvariantCulture),
            ["MAX_FAILED_SHARE"] = "1",
            ["LOG_FORMAT"] = "json",
            ["LOG_LEVEL"] = "Warning",
        };
        // The orchestrator built beside this program, run with this program's frameworks and dependencies.
        var here = AppContext.BaseDirectory;
        return TimedProcess.RunAsync(
            "dotnet",
            ["exec", "--runtimeconfig", Path.Combine(here, "Inventory.Benchmarks.runtimeconfig.json"), "--depsfile", Path.Combine(here, "Inventory.Benchmarks.deps.json"), Path.Combine(here, "inventory-orchestrator.dll"), "--local"],
            environment,
            cancellationToken);
    }

    private static Dictionary<string, string> Keys() => new()
    {
        ["AWS_ACCESS_KEY_ID"] = MotoCredentials.AccessKeyId,
        ["AWS_SECRET_ACCESS_KEY"] = MotoCredentials.SecretAccessKey,
        ["AWS_REGION"] = "us-east-1",
        ["AWS_DEFAULT_REGION"] = "us-east-1",
    };
}
