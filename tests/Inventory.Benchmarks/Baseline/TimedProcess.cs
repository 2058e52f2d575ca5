using System.Diagnostics;
using System.Globalization;

namespace Inventory.Benchmarks.Baseline;

/// <summary>A child process run under /usr/bin/time: its wall time, its CPU (user + system) and its stdout.</summary>
internal static class TimedProcess
{
    public sealed record Result(int ExitCode, double WallSeconds, double CpuSeconds, string Output, string Error);

    public static async Task<Result> RunAsync(string command, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var times = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-f", "%U %S", "-o", times, command }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(n => n.StartsWith("AWS_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var wall = watch.Elapsed.TotalSeconds;
        var cpu = (await File.ReadAllTextAsync(times, cancellationToken)).Split(' ', '\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds : 0)
            .Take(2).Sum();
        File.Delete(times);
        return new Result(process.ExitCode, wall, cpu, await output, await error);
    }
}
