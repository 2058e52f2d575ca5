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
    public static Task<WorkerResult> RunAsync(string assembly, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, CancellationToken cancellationToken, params string[] arguments) =>
        RunAsync(assembly, [], environment, timeout, arguments, cancellationToken);

    /// <summary>
    /// The same, with stdout and stderr a pseudo-terminal (python3's pty module, 120×40), as a
    /// person at a terminal runs it; Output is what the terminal received, escape codes included.
    /// </summary>
    public static Task<WorkerResult> RunAtTerminalAsync(string assembly, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, CancellationToken cancellationToken, params string[] arguments) =>
        RunAsync(assembly, ["python3", "-c", PseudoTerminal], environment, timeout, arguments, cancellationToken);

    // Runs argv[1:] on a pty of 120 columns and 40 rows, copies what it writes to stdout, exits with its code.
    private const string PseudoTerminal = """
        import fcntl, os, pty, struct, sys, termios
        pid, fd = pty.fork()
        if pid == 0:
            fcntl.ioctl(sys.stdout.fileno(), termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
            os.execvp(sys.argv[1], sys.argv[1:])
        while True:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            sys.stdout.buffer.write(chunk)
            sys.stdout.flush()
        sys.exit(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
        """;

    private static async Task<WorkerResult> RunAsync(string assembly, string[] wrapper, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, string[] arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo(wrapper.Length > 0 ? wrapper[0] : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var part in wrapper.Skip(1).Concat(wrapper.Length > 0 ? ["dotnet"] : []))
        {
            start.ArgumentList.Add(part);
        }

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
