namespace Inventory.Testing.Processes;

/// <summary>
/// Runs a worker binary once per <see cref="BadSetting"/>, several at once, and lists every case
/// that was not refused as it should be: exit 2, exactly one stderr line naming the setting, no
/// stack trace, nothing on stdout (nothing started).
/// </summary>
public static class BadSettingTable
{
    public static async Task<IReadOnlyList<string>> FailuresAsync(
        string assembly, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> arguments, IEnumerable<BadSetting> cases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(
            cases,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount * 2), CancellationToken = cancellationToken },
            async (bad, ct) =>
            {
                var variables = new Dictionary<string, string>(environment, StringComparer.Ordinal);
                if (bad.Value is not null)
                {
                    variables[bad.Setting] = bad.Value;
                }

                foreach (var (name, value) in bad.Also ?? new Dictionary<string, string>())
                {
                    variables[name] = value;
                }

                var result = await WorkerProcess.RunAsync(assembly, variables, TimeSpan.FromSeconds(60), ct, [.. arguments, .. bad.Arguments ?? []]);
                if (Problem(bad, result) is { } problem)
                {
                    failures.Add($"{bad}: {problem}\n{result}");
                }
            });
        return [.. failures.Order(StringComparer.Ordinal)];
    }

    private static string? Problem(BadSetting bad, WorkerResult result)
    {
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (result.ExitCode != 2)
        {
            return $"exit {result.ExitCode}, not 2";
        }

        if (lines.Length != 1)
        {
            return $"{lines.Length} stderr lines, not 1";
        }

        if (!lines[0].Contains(bad.Setting, StringComparison.Ordinal))
        {
            return "the line does not name the setting";
        }

        if ((result.Output + result.Error).Contains("   at ", StringComparison.Ordinal))
        {
            return "a stack trace";
        }

        return result.Output.Trim().Length > 0 ? "stdout is not empty (the worker started)" : null;
    }
}
