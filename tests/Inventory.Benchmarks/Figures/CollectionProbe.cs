using Inventory.Benchmarks.Collection;
using Inventory.Benchmarks.Measurement;
using Inventory.Benchmarks.Probes;
using Inventory.Benchmarks.Responder;

namespace Inventory.Benchmarks.Figures;

/// <summary>
/// The child side of a collection figure: start the responder, run the engine over it while a
/// <see cref="MemoryWatch"/> looks on, and report what was measured.
/// </summary>
internal static class CollectionProbe
{
    /// <param name="checkpoint">When the responder has answered this action this many times, snapshot the memory peaks.</param>
    public static async Task<ProbeResult> RunAsync(
        CannedAccount account, TimeSpan latency, IReadOnlyList<string> regions, bool global, IReadOnlyList<string> services, int concurrency,
        (string Action, long Calls)? checkpoint, CancellationToken cancellationToken)
    {
        var load = LoadAverage.OneMinute();
        await using var responder = await CannedResponder.StartAsync(account, latency, cancellationToken);
        var statistics = responder.Statistics;
        var times = new WorkItemTimes();
        Func<bool>? reached = checkpoint is var (action, calls) ? () => statistics.Count(action) >= calls : null;
        CollectionRun run;
        var result = new ProbeResult();
        using (var watch = new MemoryWatch(reached))
        {
            run = await BenchmarkCollection.RunAsync(responder.Endpoint, regions, global, services, concurrency, times, cancellationToken);
            result.Add("ws-start", watch.WorkingSetAtStart)
                .Add("peak-ws", MemoryWatch.PeakWorkingSet)
                .Add("peak-heap", watch.PeakHeap)
                .Add("allocated", watch.Allocated)
                .Add("gen2", watch.Gen2Collections)
                .Add("cpu", watch.Cpu.TotalSeconds);
            if (watch.AtCheckpoint is var (workingSet, heap))
            {
                result.Add("checkpoint-ws", workingSet).Add("checkpoint-heap", heap);
            }
        }

        foreach (var error in run.Report.Errors.Take(5))
        {
            // The line says how many failed; these say why, on stderr, so a broken answer is never silent.
            Console.Error.WriteLine($"error: {error.Service} {error.Operation} {error.Region}: {error.Code}: {error.Message}");
        }

        var slowest = times.Slowest(1) is [var first, ..] ? first : ("none", 0);
        return result
            .Add("load", load)
            .Add("calls", statistics.Calls)
            .Add("client-calls", run.Client.Calls)
            .Add("retries", run.Client.Retries)
            .Add("records", run.Records)
            .Add("errors", run.Report.Errors.Count)
            .Add("wall", run.Wall.TotalSeconds)
            .Add("busy", statistics.Busy.TotalSeconds)
            .Add("max-in-flight", statistics.MaxInFlight)
            .Add("slowest", slowest.WorkItem)
            .Add("slowest-seconds", slowest.Seconds)
            .Add("output", run.OutputBytes);
    }
}
