using Inventory.Benchmarks.Measurement;
using Inventory.Benchmarks.Probes;
using Inventory.Benchmarks.Responder;

namespace Inventory.Benchmarks.Figures;

/// <summary>
/// (c) Peak memory while writing many resources: EC2 instances (~4.8 KB of XML each, ~110
/// values) in pages of 1,000, engine → bounded channel → RecordFileWriter → gzip file. Two
/// baselines: the same process's peaks when 10 % of the pages had been served, and a small run
/// in a fresh process. Ratios near 1 mean memory follows the page, not the record count;
/// --page-size shows what a bigger page (an EC2 call without MaxResults) costs.
/// No latency: this figure is about memory, and that keeps it short.
/// </summary>
internal static class MemoryFigure
{
    public const string Large = "memory-large";
    public const string Small = "memory-baseline";

    public static Task<ProbeResult> ProbeAsync(int records, int pageSize, CancellationToken cancellationToken)
    {
        // The request for the page after the first tenth comes once that tenth is built and queued.
        return CollectionProbe.RunAsync(
            CannedAccount.InstancesOnly(records) with { InstancePageSize = pageSize }, TimeSpan.Zero, ["us-east-1"], global: false, ["ec2"], 16,
            ("ec2:DescribeInstances", TenthPages(records, pageSize) + 1), cancellationToken);
    }

    public static async Task<string> RunAsync(BenchmarkSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var small = await ProbeProcess.RunAsync(Small, settings, cancellationToken);
        var large = await ProbeProcess.RunAsync(Large, settings, cancellationToken);
        var pageSize = settings.PageSize;
        var tenth = TenthPages(settings.Records, pageSize) * pageSize;
        var (checkpointWs, checkpointHeap) = large.Has("checkpoint-ws") ? (large["checkpoint-ws"], large["checkpoint-heap"]) : (double.NaN, double.NaN);
        return $"memory-records: records={large["records"]} page-size={pageSize} errors={large["errors"]} wall={Units.Seconds(large["wall"])} " +
               $"records/s={Units.Number(large["records"] / large["wall"])} output={Units.Mb1(large["output"])} cpu={Units.Seconds(large["cpu"])} " +
               $"alloc/record={Units.Number(large["allocated"] / large["records"] / 1024, "0.0")}KB gen2={large["gen2"]} " +
               $"start-working-set={Units.Mb(large["ws-start"])} peak-working-set={Units.Mb(large["peak-ws"])} peak-gc-heap={Units.Mb(large["peak-heap"])} | " +
               $"same-process-at-{tenth}-records: peak-working-set={Units.Mb(checkpointWs)} peak-gc-heap={Units.Mb(checkpointHeap)} | " +
               $"baseline-{small["records"]}-records(own process): wall={Units.Seconds(small["wall"])} peak-working-set={Units.Mb(small["peak-ws"])} " +
               $"peak-gc-heap={Units.Mb(small["peak-heap"])} | ratio records={Units.Number(large["records"] / small["records"])}x " +
               $"working-set: vs-{tenth}={Units.Number(large["peak-ws"] / checkpointWs, "0.00")}x vs-baseline={Units.Number(large["peak-ws"] / small["peak-ws"], "0.00")}x " +
               $"gc-heap: vs-{tenth}={Units.Number(large["peak-heap"] / checkpointHeap, "0.00")}x vs-baseline={Units.Number(large["peak-heap"] / small["peak-heap"], "0.00")}x " +
               $"load={Units.Number(large["load"], "0.0")}";
    }

    private static int TenthPages(int records, int pageSize) => Math.Max(1, (records + pageSize - 1) / pageSize / 10);
}
