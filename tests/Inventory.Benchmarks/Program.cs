using Inventory.Benchmarks;
using Inventory.Benchmarks.Figures;

// One line of numbers per figure; `probe FIGURE` is this program measuring one figure in a
// process of its own (see ProbeProcess), printing key=value pairs for its parent.
var settings = BenchmarkSettings.Parse(args);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

var ct = stop.Token;
if (settings.Mode == "probe")
{
    var result = settings.Probe switch
    {
        RunnerLatencyFigure.Name => await RunnerLatencyFigure.ProbeAsync(settings, ct),
        MemoryFigure.Large => await MemoryFigure.ProbeAsync(settings.Records, settings.PageSize, ct),
        MemoryFigure.Small => await MemoryFigure.ProbeAsync(settings.Baseline, settings.PageSize, ct),
        HotspotFigure.Name => await HotspotFigure.ProbeAsync(settings, ct),
        JobsFigure.Default or JobsFigure.Raised or JobsFigure.Uncapped => await JobsFigure.ProbeAsync(settings.Probe, settings, ct),
        _ => throw new ArgumentException($"Unknown probe '{settings.Probe}'."),
    };
    Console.WriteLine(result);
    return;
}

if (settings.Mode is "runner" or "all")
{
    Console.WriteLine(await RunnerLatencyFigure.RunAsync(settings, ct));
}

if (settings.Mode is "memory" or "all")
{
    Console.WriteLine(await MemoryFigure.RunAsync(settings, ct));
}

if (settings.Mode is "moto" or "all")
{
    Console.WriteLine(await MotoFigure.RunAsync(settings, ct));
}

if (settings.Mode is "jobs" or "all")
{
    foreach (var line in await JobsFigure.RunAsync(settings, ct))
    {
        Console.WriteLine(line);
    }
}

if (settings.Mode is "catalog")
{
    Console.WriteLine(await CatalogFigure.RunAsync(settings, ct));
}

if (settings.Mode is "baseline")
{
    foreach (var line in await BaselineFigure.RunAsync(settings, ct))
    {
        Console.WriteLine(line);
    }
}

if (settings.Mode is "hotspot")
{
    Console.WriteLine(await HotspotFigure.RunAsync(settings, ct));
}
