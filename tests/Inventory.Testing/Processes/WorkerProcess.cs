using System.Diagnostics;
using System.Text;

namespace Inventory.Testing.Processes;

/// <summary>
/// Runs a worker binary (<c>dotnet some.dll</c>) as a real process with exactly the
/// environment a test gives it (inherited AWS and Kubernetes variables removed), and
/// collects its exit code and output. The process tree is killed on timeout.
/// </summary>
public static class WorkerProcess
{
    private static readonly string[] Scrubbed = ["AWS_", "KUBERNETES_", "KUBECONFIG", "DOTNET_ENVIRONMENT", "S3_", "ACCOUNT_ID", "REGIONS", "SERVICES"];

    /// <param name="assembly">The worker's dll, e.g. inventory-runner.dll beside the test assembly.</param>
    public static async Task<WorkerResult> RunAsync(string assembly, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, CancellationToken cancellationToken, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(name => Scrubbed.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal))).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {assembly}.");
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, line) => Append(stdout, line.Data);
        process.ErrorDataReceived += (_, line) => Append(stderr, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"{assembly} did not finish within {timeout}. Output:\n{stdout}\n{stderr}");
        }

        process.WaitForExit(); // drains the asynchronous output readers
        return new WorkerResult(process.ExitCode, Locked(stdout), Locked(stderr));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Locked(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
