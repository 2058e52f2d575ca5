using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Inventory.Testing.Kubernetes;

/// <summary>
/// A container played by a local process: exactly the environment it is given (the test
/// process's AWS_ and Kubernetes variables removed), output captured line by line, stopped the way
/// the kubelet stops a container (SIGTERM, then SIGKILL after the grace period).
/// </summary>
internal sealed class LocalProcess : IDisposable
{
    private static readonly string[] Scrubbed = ["AWS_", "KUBERNETES_", "KUBECONFIG"];

    private readonly Process _process;

    private LocalProcess(Process process) => _process = process;

    /// <exception cref="Win32Exception">The program could not be started.</exception>
    public static LocalProcess Start(KubeletCommand command, IReadOnlyDictionary<string, string> environment, Action<string> output)
    {
        var start = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = command.WorkingDirectory ?? "",
        };
        foreach (var argument in command.Arguments)
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

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Forward(output, line.Data);
        process.ErrorDataReceived += (_, line) => Forward(output, line.Data);
        try
        {
            process.Start();
        }
        catch
        {
            process.Dispose();
            throw;
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new LocalProcess(process);
    }

    /// <summary>
    /// The exit code (128 + signal when killed). <paramref name="terminate"/> sends SIGTERM and
    /// allows <paramref name="grace"/>; <paramref name="kill"/> kills the process tree at once.
    /// </summary>
    public async Task<int> WaitAsync(Func<TimeSpan> grace, CancellationToken terminate, CancellationToken kill)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(terminate, kill);
        try
        {
            await _process.WaitForExitAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            if (!kill.IsCancellationRequested && await SignalTerminateAsync())
            {
                using var graceful = CancellationTokenSource.CreateLinkedTokenSource(kill);
                graceful.CancelAfter(grace());
                try
                {
                    await _process.WaitForExitAsync(graceful.Token);
                }
                catch (OperationCanceledException)
                {
                    KillTree();
                }
            }
            else
            {
                KillTree();
            }
        }

        await _process.WaitForExitAsync(CancellationToken.None);
        _process.WaitForExit(); // drains the asynchronous output readers
        return _process.ExitCode;
    }

    public void Dispose() => _process.Dispose();

    private async Task<bool> SignalTerminateAsync()
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            using var signal = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            await signal.WaitForExitAsync(CancellationToken.None);
            return signal.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }

    private void KillTree()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has already exited.
        }
    }

    private static void Forward(Action<string> output, string? line)
    {
        if (line is not null)
        {
            output(line);
        }
    }
}
