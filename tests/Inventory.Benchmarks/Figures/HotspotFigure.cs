using Inventory.Benchmarks.Measurement;
using Inventory.Benchmarks.Probes;
using Inventory.Benchmarks.Responder;

namespace Inventory.Benchmarks.Figures;

/// <summary>
/// One big (service, region): 400 KMS keys in one region, five follow-ups per key. The engine
/// runs at most CollectionOptions.ItemConcurrency items of a page at once, each item's
/// follow-ups one after another, so this work item cannot fill MaxConcurrentCalls slots:
/// mean-in-flight stays under ItemConcurrency (8) whatever the concurrency. Not part of "all".
/// </summary>
internal static class HotspotFigure
{
    public const string Name = "hotspot";

    private const int Keys = 400;

    public static Task<ProbeResult> ProbeAsync(BenchmarkSettings settings, CancellationToken cancellationToken) =>
        CollectionProbe.RunAsync(
            new CannedAccount { KeysPerRegion = Keys }, TimeSpan.FromMilliseconds(settings.LatencyMs), ["us-east-1"], global: false, ["kms"], settings.Concurrency,
            checkpoint: null, cancellationToken);

    public static async Task<string> RunAsync(BenchmarkSettings settings, CancellationToken cancellationToken)
    {
        var r = await ProbeProcess.RunAsync(Name, settings, cancellationToken);
        var ideal = r["calls"] * settings.LatencyMs / 1000.0 / settings.Concurrency;
        var inFlight = r["busy"] / r["wall"];
        return $"hotspot-one-work-item: kms-keys={Keys} regions=1 calls={r["calls"]} errors={r["errors"]} latency={settings.LatencyMs}ms " +
               $"concurrency={settings.Concurrency} wall={Units.Seconds(r["wall"])} ideal={Units.Seconds(ideal)} ratio={Units.Number(r["wall"] / ideal, "0.00")} " +
               $"mean-in-flight={Units.Number(inFlight, "0.0")} max-in-flight={r["max-in-flight"]} load={Units.Number(r["load"], "0.0")}";
    }
}
