using System.Diagnostics;

namespace Inventory.Benchmarks.Probes;

/// <summary>
/// Runs this program again as <c>probe FIGURE</c> and reads its <see cref="ProbeResult"/>. A
/// process per figure because the OS's peak working set only ever grows: measured in one
/// process, the second figure would report the first one's peak.
/// </summary>
internal static class ProbeProcess
{
    public static async Task<ProbeResult> RunAsync(string figure, BenchmarkSettings settings, CancellationToken cancellationToken)
    {
        var program = Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark cannot find its own executable.");
        var info = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(program) == "dotnet")
        {
            info.ArgumentList.Add(typeof(ProbeProcess).Assembly.Location);
        }

        foreach (var argument in (IEnumerable<string>)["probe", figure, .. settings.Options()])
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var line = output.Split('\n').Select(text => text.Trim()).LastOrDefault(text => text.StartsWith(ProbeResult.Prefix, StringComparison.Ordinal));
        return process.ExitCode == 0 && line is not null
            ? ProbeResult.Parse(line)
            : throw new InvalidOperationException($"The '{figure}' probe exited with code {process.ExitCode}; its output:\n{output}");
    }
}
