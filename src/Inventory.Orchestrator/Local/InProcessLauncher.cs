using System.Globalization;
using Inventory.Collection.Engine;
using Inventory.Hosting;
using Inventory.Orchestrator.Selection;
using Inventory.Orchestrator.Supervision;
using Inventory.Run;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Orchestrator.Local;

/// <summary>
/// LOCAL / --local: the run without Kubernetes. Each selected account runs the runner's own
/// <see cref="InventoryRun"/> in this process, at most MAX_CONCURRENT_RUNNERS at once, writing to
/// OUTPUT_DIR (default <c>./inventory</c>) or, with S3_BUCKET and no OUTPUT_DIR, to S3. At a
/// terminal a live table shows the accounts and the log goes to a file; otherwise only log lines.
/// </summary>
internal sealed class InProcessLauncher(OrchestratorOptions options, TimeProvider time, ILoggerFactory loggers, LocalTable? table = null) : IRunnerLauncher
{
    private readonly ILogger _logger = loggers.CreateLogger<InProcessLauncher>();
    private string? _runId;

    public Task<string> PlanAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_runId ??= options.Run.RunId ?? $"local-{time.GetUtcNow():yyyyMMdd-HHmmss}");

    public async Task PrintPlanAsync(TextWriter output, SelectionResult selection, CancellationToken cancellationToken) =>
        await LocalPlan.PrintAsync(output, options, await PlanAsync(cancellationToken), selection, cancellationToken);

    public async Task<IReadOnlyList<AccountOutcome>> RunAsync(SelectionResult selection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var runId = await PlanAsync(cancellationToken);
        LocalLog.Starting(_logger, runId, options.Run.RunDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), LocalDestination.Of(options), options.Run.MaxConcurrentRunners, selection.OwnAccountOnly);

        var accounts = selection.Selected.Select(account => new LocalAccountRun(account)).ToList();
        var done = 0;
        var run = Parallel.ForEachAsync(
            accounts,
            new ParallelOptions { MaxDegreeOfParallelism = options.Run.MaxConcurrentRunners, CancellationToken = cancellationToken },
            async (account, ct) =>
            {
                using var scope = AccountScope.Begin(_logger, account.Account.Id);
                account.Start();
                var outcome = account.Finish(await CollectAsync(account, runId, selection.OwnAccountOnly, ct));
                LocalLog.AccountFinished(_logger, account.Account.Id, account.Account.Name, outcome.Outcome, outcome.Detail ?? "", outcome.Written ?? 0, Interlocked.Increment(ref done), accounts.Count);
            });

        await (table?.ShowAsync(accounts, run) ?? run);
        return [.. accounts.Select(a => a.Outcome).OfType<AccountOutcome>()];
    }

    /// <summary>What was written where, each account that failed or has failed calls, and at a terminal the summary table.</summary>
    public void Summarize(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var destination = LocalDestination.Of(options);
        var partly = summary.WithFailedCalls > 0 ? $" ({summary.WithFailedCalls} with failed calls)" : "";
        LocalLog.Written(_logger, summary.Selection.Selected.Count, summary.Succeeded, partly, summary.Failed.Count, summary.Selection.Skipped.Count, summary.Written, destination);
        foreach (var outcome in summary.Outcomes.Where(o => !o.Succeeded || o.FailedCalls > 0).OrderBy(o => o.Account.Id, StringComparer.Ordinal))
        {
            LocalLog.Ended(_logger, outcome.Outcome, outcome.Account.Id, outcome.Detail ?? "");
        }

        table?.Summary(summary, $"{summary.Selection.Selected.Count} selected, {summary.Succeeded} succeeded{partly}, {summary.Failed.Count} failed, {summary.Selection.Skipped.Count} skipped; {summary.Written} resources written to {destination}");
    }

    private async Task<AccountOutcome> CollectAsync(LocalAccountRun local, string runId, bool ownAccountOnly, CancellationToken cancellationToken)
    {
        var account = local.Account;
        var runnerOptions = RunnerSettings.For(options, account.Id, runId, options.Run.RunDate, LocalDestination.OutputDir(options)) with { CollectWithOwnCredentials = ownAccountOnly };

        // One runner per account, as a Job would be: its own settings, clients and report.
        var run = new InventoryRun(Options.Create(runnerOptions), time, loggers.CreateLogger<InventoryRun>(), loggers.CreateLogger<CollectionEngine>());
        local.Progress = run.Progress;
        try
        {
            var exitCode = await run.ExecuteAsync(cancellationToken);
            return InProcessOutcome.Of(account, exitCode, run.Report, run.FailureReason, LocalDestination.Of(options));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Aws.Credentials.RoleAssumptionException e)
        {
            return InProcessOutcome.Of(account, Run.ExitCodes.RoleChainFailed, null, e.Message, "");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The runner process would exit non-zero; here the account fails and the others go on.
            LocalLog.AccountCrashed(_logger, account.Id, e);
            return InProcessOutcome.Of(account, Run.ExitCodes.Unexpected, null, $"unexpected {e.GetType().Name}: {e.Message}", "");
        }
    }
}
