using System.Globalization;

namespace Inventory.Benchmarks;

/// <summary>
/// The command line: <c>[runner|memory|moto|hotspot|jobs|catalog|all] [--latency MS] [--concurrency N] [--records N] [--baseline N] [--page-size N] [--jobs N] [--capped-jobs N] [--max-concurrent N]</c>.
/// <c>probe FIGURE</c> is the same program measuring one figure in a process of its own.
/// </summary>
internal sealed record BenchmarkSettings
{
    public string Mode { get; init; } = "all";

    /// <summary>For <c>probe</c>: which figure this process measures.</summary>
    public string? Probe { get; init; }

    public int LatencyMs { get; init; } = 50;

    /// <summary>AwsClientOptions.MaxConcurrentCalls, the runner's MAX_CONCURRENCY default.</summary>
    public int Concurrency { get; init; } = 16;

    public int Records { get; init; } = 200_000;

    public int Baseline { get; init; } = 2_000;

    /// <summary>Instances per DescribeInstances page in the memory figure (1,000 is what EC2 gives with MaxResults=1000).</summary>
    public int PageSize { get; init; } = 1_000;

    /// <summary>Runner Jobs launched in the jobs figure at the raised cap and with none.</summary>
    public int Jobs { get; init; } = 1_000;

    /// <summary>Runner Jobs launched at the client's default QPS cap (5/s: 1,000 would take over 200 s).</summary>
    public int CappedJobs { get; init; } = 100;

    /// <summary>The orchestrator's MAX_CONCURRENT_RUNNERS in the jobs figure.</summary>
    public int MaxConcurrent { get; init; } = 50;

    /// <summary>--peers: where the boto3 baseline and its moto seeder are (the baseline figure).</summary>
    public string Peers { get; init; } = "../shared/peers";

    public static BenchmarkSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new BenchmarkSettings();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            settings = args[i] switch
            {
                "--latency" => settings with { LatencyMs = Int(args[i], value, ref i) },
                "--concurrency" => settings with { Concurrency = Int(args[i], value, ref i) },
                "--records" => settings with { Records = Int(args[i], value, ref i) },
                "--baseline" => settings with { Baseline = Int(args[i], value, ref i) },
                "--page-size" => settings with { PageSize = Math.Max(1, Int(args[i], value, ref i)) },
                "--jobs" => settings with { Jobs = Math.Max(1, Int(args[i], value, ref i)) },
                "--capped-jobs" => settings with { CappedJobs = Math.Max(1, Int(args[i], value, ref i)) },
                "--max-concurrent" => settings with { MaxConcurrent = Math.Max(1, Int(args[i], value, ref i)) },
                "--peers" when value is not null => settings with { Peers = args[++i] },
                "probe" when value is not null => settings with { Mode = "probe", Probe = args[++i] },
                "runner" or "memory" or "moto" or "hotspot" or "jobs" or "catalog" or "baseline" or "all" => settings with { Mode = args[i] },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'. Usage: [runner|memory|moto|hotspot|jobs|catalog|baseline|all] [--peers DIR] [--latency MS] [--concurrency N] [--records N] [--baseline N] [--page-size N] [--jobs N] [--capped-jobs N] [--max-concurrent N]"),
            };
        }

        return settings;
    }

    /// <summary>The options a child process needs to measure the same thing.</summary>
    public IEnumerable<string> Options() =>
    [
        "--latency", Text(LatencyMs), "--concurrency", Text(Concurrency), "--records", Text(Records), "--baseline", Text(Baseline), "--page-size", Text(PageSize),
        "--jobs", Text(Jobs), "--capped-jobs", Text(CappedJobs), "--max-concurrent", Text(MaxConcurrent),
    ];

    private static int Int(string name, string? value, ref int i)
    {
        i++;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new ArgumentException($"{name} needs a whole number, not '{value}'.");
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
