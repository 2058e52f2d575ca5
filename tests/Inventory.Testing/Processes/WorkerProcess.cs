namespace Inventory.Testing.Processes;

/// <summary>
/// Runs a worker binary (<c>dotnet some.dll</c>) to its end as a real process with exactly the
/// environment a test gives it (see <see cref="RunningWorker"/>), and collects its exit code and
/// output. The process tree is killed on timeout.
/// </summary>
public static class WorkerProcess
{
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
        await using var worker = RunningWorker.Start(assembly, wrapper, environment, arguments);
        return await worker.WaitForExitAsync(timeout, cancellationToken);
    }
}
