using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Inventory.Testing.Aws;

/// <summary>
/// One <c>python3 -m moto.server</c> process: output captured without blocking, killed with its
/// whole tree. Processes still alive when the test host exits are killed then.
/// </summary>
internal sealed class MotoProcess : IAsyncDisposable
{
    // Settings that would change what tests see: a fixed account overrides x-moto-account-id,
    // a no-auth count would enforce auth from the start, managed policies slow start-up down.
    private static readonly string[] ClearedVariables =
        ["MOTO_IAM_LOAD_MANAGED_POLICIES", "MOTO_ACCOUNT_ID", "INITIAL_NO_AUTH_ACTION_COUNT"];

    private static readonly ConcurrentDictionary<MotoProcess, byte> Live = new();

    private readonly Process _process;

    static MotoProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAllLive();

    private MotoProcess(Process process) => _process = process;

    public OutputTail Output { get; } = new(200);

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static MotoProcess Start(int port)
    {
        var info = new ProcessStartInfo("python3")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (var argument in new[] { "-m", "moto.server", "-H", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var name in ClearedVariables)
        {
            info.Environment.Remove(name);
        }

        info.Environment["PYTHONUNBUFFERED"] = "1";

        // moto's DescribeSnapshots ignores OwnerIds=self, so its ~1,170 built-in AMI snapshots
        // would count as every account's own; tests seed what they need.
        info.Environment["MOTO_EC2_LOAD_DEFAULT_AMIS"] = "false";
        var process = new Process { StartInfo = info };
        var moto = new MotoProcess(process);
        process.OutputDataReceived += (_, e) => moto.Output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => moto.Output.Add(e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            throw new InvalidOperationException(
                "Cannot start moto: 'python3' was not found or could not run. moto 5.x must be installed " +
                "in the default python3 (python3 -m moto.server).", e);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Live[moto] = 0;
        return moto;
    }

    public async ValueTask DisposeAsync()
    {
        Live.TryRemove(this, out _);
        Kill();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Reported below; the handle is released either way.
        }

        var exited = _process.HasExited;
        _process.Dispose();
        if (!exited)
        {
            throw new InvalidOperationException("moto server process did not exit within 10 s of being killed.");
        }
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }
    }

    private static void KillAllLive()
    {
        foreach (var process in Live.Keys)
        {
            process.Kill();
        }
    }
}
