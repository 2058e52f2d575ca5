using System.Globalization;

namespace Inventory.Orchestrator.Local;

/// <summary>
/// Accounts done / running / failed and resources so far: a live line, redrawn in place, when
/// stdout is a terminal; nothing here otherwise (each account's log line says it).
/// </summary>
internal sealed class LocalProgress(TextWriter output, int total, bool interactive)
{
    private readonly Lock _gate = new();
    private int _done;
    private int _running;
    private int _failed;
    private long _resources;

    public long Resources => Interlocked.Read(ref _resources);

    public void Started() => Interlocked.Increment(ref _running);

    public (int Done, int Running, int Failed, long Resources) Finished(bool succeeded, long records)
    {
        lock (_gate)
        {
            _running--;
            _done++;
            if (!succeeded)
            {
                _failed++;
            }

            _resources += records;
            return (_done, _running, _failed, _resources);
        }
    }

    /// <summary>Redraws the line twice a second until disposed, then ends it with a newline.</summary>
    public IDisposable Start(CancellationToken cancellationToken)
    {
        if (!interactive)
        {
            return new Stopper(null, null);
        }

        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var loop = Task.Run(
            async () =>
            {
                using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
                try
                {
                    do
                    {
                        Draw();
                    }
                    while (await timer.WaitForNextTickAsync(stop.Token));
                }
                catch (OperationCanceledException)
                {
                    // Stopped.
                }
            },
            CancellationToken.None);
        return new Stopper(stop, () =>
        {
            loop.Wait(TimeSpan.FromSeconds(2));
            Draw();
            output.WriteLine();
        });
    }

    private void Draw()
    {
        string line;
        lock (_gate)
        {
            line = string.Create(CultureInfo.InvariantCulture, $"\r[{_done}/{total}] accounts done, {_running} running, {_failed} failed, {_resources} resources so far   ");
        }

        output.Write(line);
        output.Flush();
    }

    private sealed class Stopper(CancellationTokenSource? stop, Action? finish) : IDisposable
    {
        public void Dispose()
        {
            stop?.Cancel();
            finish?.Invoke();
            stop?.Dispose();
        }
    }
}
