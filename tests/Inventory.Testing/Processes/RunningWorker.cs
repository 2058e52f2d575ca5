using System.Diagnostics;
using System.Text;

namespace Inventory.Testing.Processes;

/// <summary>
/// A worker binary started as a real process that a test watches while it runs: wait for a log
/// line, send SIGTERM, then collect how it ended. The environment is exactly the test's (inherited
/// AWS and Kubernetes variables removed); the process tree is killed if the test leaves it running.
/// </summary>
public sealed class RunningWorker : IAsyncDisposable
{
    private static readonly string[] Scrubbed = ["AWS_", "KUBERNETES_", "KUBECONFIG", "DOTNET_ENVIRONMENT", "S3_", "ACCOUNT_ID", "REGIONS", "SERVICES"];

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly List<(string Text, TaskCompletionSource<string> Seen)> _waiters = [];

    private readonly string _assembly;

    private RunningWorker(Process process, string assembly)
    {
        _process = process;
        _assembly = assembly;
    }

    public int ProcessId => _process.Id;

    /// <param name="assembly">The worker's dll beside the test assembly, e.g. inventory-runner.dll.</param>
    public static RunningWorker Start(string assembly, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Start(assembly, [], environment, arguments);

    /// <param name="wrapper">A command that runs <c>dotnet</c> and its arguments (a pseudo-terminal), or none.</param>
    internal static RunningWorker Start(string assembly, string[] wrapper, IReadOnlyDictionary<string, string> environment, string[] arguments)
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

        var worker = new RunningWorker(new Process { StartInfo = start }, assembly);
        worker._process.OutputDataReceived += (_, line) => worker.Append(worker._stdout, line.Data);
        worker._process.ErrorDataReceived += (_, line) => worker.Append(worker._stderr, line.Data);
        worker._process.Start();
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>The first stdout or stderr line containing <paramref name="text"/>, once printed.</summary>
    public async Task<string> WaitForLineAsync(string text, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task<string> seen;
        lock (_waiters)
        {
            var earlier = (_stdout.ToString() + _stderr).Split('\n').FirstOrDefault(line => line.Contains(text, StringComparison.Ordinal));
            if (earlier is not null)
            {
                return earlier;
            }

            var waiter = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((text, waiter));
            seen = waiter.Task;
        }

        var exited = _process.WaitForExitAsync(cancellationToken);
        var first = await Task.WhenAny(seen, exited, Task.Delay(timeout, cancellationToken));
        return first == seen
            ? await seen
            : throw new TimeoutException($"No line with '{text}' within {timeout}{(first == exited ? $" (exited {_process.ExitCode})" : "")}.\n{this}");
    }

    /// <summary>What a pod's termination sends: SIGTERM to the process.</summary>
    public void Terminate()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -TERM {_process.Id} exited {kill.ExitCode}");
        }
    }

    public async Task<WorkerResult> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"{_assembly} did not finish within {timeout}.\n{this}");
        }

        _process.WaitForExit(); // drains the asynchronous output readers
        return new WorkerResult(_process.ExitCode, Locked(_stdout), Locked(_stderr));
    }

    public override string ToString() => $"--- stdout ---\n{Locked(_stdout)}\n--- stderr ---\n{Locked(_stderr)}";

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
    }

    private void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_waiters)
        {
            output.AppendLine(line);
            foreach (var waiter in _waiters.Where(w => line.Contains(w.Text, StringComparison.Ordinal)).ToList())
            {
                waiter.Seen.TrySetResult(line);
                _waiters.Remove(waiter);
            }
        }
    }

    private string Locked(StringBuilder output)
    {
        lock (_waiters)
        {
            return output.ToString();
        }
    }
}
