using Inventory.Run;
using Inventory.Aws.Credentials;
using Inventory.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Runner;

/// <summary>
/// Runs the inventory once; its result is the exit code. Every line it logs carries the account,
/// and a failure leaves its one-line reason in the termination message file.
/// </summary>
internal sealed class RunnerService(InventoryRun run, IOptions<RunnerOptions> settings, IHostApplicationLifetime lifetime, ILogger<RunnerService> logger) : OneShotService(lifetime)
{
    private readonly RunnerOptions _options = settings.Value;

    protected override IDisposable? BeginScope() => AccountScope.Begin(logger, _options.AccountId);

    protected override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var exitCode = await run.ExecuteAsync(cancellationToken);
        if (exitCode != ExitCodes.Success)
        {
            Terminate(run.FailureReason ?? $"runner exit code {exitCode}");
        }

        return exitCode;
    }

    protected override int? ExitCodeFor(Exception exception)
    {
        if (exception is not RoleAssumptionException refused)
        {
            return null;
        }

        RunnerLog.RoleChainFailed(logger, refused.ErrorCode, refused.Message);
        Terminate(refused.Message);
        return ExitCodes.RoleChainFailed;
    }

    protected override void OnTerminated()
    {
        RunnerLog.Terminated(logger);
        Terminate("Stopped before finishing (SIGTERM or deadline): nothing was written");
    }

    protected override void OnUnexpected(Exception exception)
    {
        RunnerLog.Unexpected(logger, exception);
        Terminate($"Unexpected {exception.GetType().Name}: {exception.Message}");
    }

    private void Terminate(string reason) => TerminationMessage.Write(_options.TerminationMessagePath, reason);
}
