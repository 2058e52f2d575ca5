using Inventory.Benchmarks.Measurement;
using Inventory.Benchmarks.Probes;
using Inventory.Benchmarks.Responder;

namespace Inventory.Benchmarks.Figures;

/// <summary>
/// (b) The engine over a large account behind a fixed per-response latency: EC2, IAM, KMS and
/// Lambda in three regions plus global, thousands of calls with pagination and per-item
/// follow-ups. The ideal is what MaxConcurrentCalls allows: calls × latency ÷ concurrency.
/// The ratio splits into per-call (how much longer than the latency a call took at the
/// responder) and slot-use (how full the client kept its slots, seen from the responder).
/// </summary>
internal static class RunnerLatencyFigure
{
    public const string Name = "runner";

    public static readonly IReadOnlyList<string> Regions = ["us-east-1", "eu-west-1", "ap-southeast-2"];

    public static readonly IReadOnlyList<string> Services = ["ec2", "iam", "kms", "lambda"];

    public static Task<ProbeResult> ProbeAsync(BenchmarkSettings settings, CancellationToken cancellationToken) =>
        CollectionProbe.RunAsync(
            CannedAccount.Large, TimeSpan.FromMilliseconds(settings.LatencyMs), Regions, global: true, Services, settings.Concurrency, checkpoint: null, cancellationToken);

    public static async Task<string> RunAsync(BenchmarkSettings settings, CancellationToken cancellationToken)
    {
        var r = await ProbeProcess.RunAsync(Name, settings, cancellationToken);
        var ideal = r["calls"] * settings.LatencyMs / 1000.0 / settings.Concurrency;
        var inFlight = r["busy"] / r["wall"];
        return $"runner-latency: services={string.Join(',', Services)} regions={Regions.Count}+global calls={r["calls"]} records={r["records"]} " +
               $"errors={r["errors"]} retries={r["retries"]} latency={settings.LatencyMs}ms concurrency={settings.Concurrency} " +
               $"wall={Units.Seconds(r["wall"])} ideal={Units.Seconds(ideal)} ratio={Units.Number(r["wall"] / ideal, "0.00")} " +
               $"calls/s={Units.Number(r["calls"] / r["wall"])} per-call={Units.Number(r["busy"] / r["calls"] * 1000, "0.0")}ms " +
               $"mean-in-flight={Units.Number(inFlight, "0.0")} slot-use={Units.Number(inFlight / settings.Concurrency * 100)}% " +
               $"slowest-work-item={r.Text("slowest")}:{Units.Seconds(r["slowest-seconds"])} cpu={Units.Seconds(r["cpu"])} " +
               $"alloc/call={Units.Number(r["allocated"] / r["calls"] / 1024)}KB peak-working-set={Units.Mb(r["peak-ws"])} " +
               $"peak-gc-heap={Units.Mb(r["peak-heap"])} output={Units.Mb1(r["output"])} load={Units.Number(r["load"], "0.0")} " +
               "(responder: in-process Kestrel, not moto, whose per-call Python time would be what got measured)";
    }
}
