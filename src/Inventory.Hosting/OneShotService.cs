using Microsoft.Extensions.Hosting;

namespace Inventory.Hosting;

/// <summary>
/// A worker that does its job once: runs it, makes its result the process exit code, and stops
/// the host. SIGTERM before the end exits 143; an unexpected exception exits 1.
/// </summary>
public abstract class OneShotService(IHostApplicationLifetime lifetime) : BackgroundService
{
    public const int Unexpected = 1;
    public const int Terminated = 143;

    /// <returns>The exit code.</returns>
    protected abstract Task<int> RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>The exit code for an exception the worker expects (after logging it), or null.</summary>
    protected virtual int? ExitCodeFor(Exception exception) => null;

    protected abstract void OnTerminated();

    protected abstract void OnUnexpected(Exception exception);

    /// <summary>A logging scope around the whole run (and its failure lines), e.g. <see cref="AccountScope"/>.</summary>
    protected virtual IDisposable? BeginScope() => null;

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var scope = BeginScope();
        try
        {
            Environment.ExitCode = await RunOnceAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            OnTerminated();
            Environment.ExitCode = Terminated;
        }
        catch (Exception e) when (ExitCodeFor(e) is { } code)
        {
            Environment.ExitCode = code;
        }
        catch (Exception e)
        {
            OnUnexpected(e);
            Environment.ExitCode = Unexpected;
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}
