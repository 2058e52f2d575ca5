using System.Diagnostics;
using System.Globalization;
using Inventory.Aws.Organizations;
using Inventory.Collection.Engine;
using Inventory.Hosting;
using Inventory.Orchestrator.Selection;
using Inventory.Runner;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Inventory.Orchestrator.Local;

/// <summary>
/// LOCAL / --local: the run without Kubernetes. Each selected account runs the runner's own
/// <see cref="InventoryRun"/> in this process, at most MAX_CONCURRENT_RUNNERS at once, writing to
/// OUTPUT_DIR (default <c>./inventory</c>) or, with S3_BUCKET and no OUTPUT_DIR, to S3. At a
/// terminal a live table shows the accounts and the log goes to a file; otherwise only log lines.
/// </summary>
internal sealed class LocalRun(OrchestratorOptions options, TimeProvider time, ILoggerFactory loggers, LocalTerminal? terminal = null)
{
    public const string DefaultOutputDir = "./inventory";

    private readonly ILogger _logger = loggers.CreateLogger<LocalRun>();

    /// <summary>OUTPUT_DIR, its default when S3_BUCKET is not set, or null for S3.</summary>
    public static string? OutputDirFor(OrchestratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.OutputDir ?? (options.S3Bucket.Length == 0 ? DefaultOutputDir : null);
    }

    public static string DestinationOf(OrchestratorOptions options) => OutputDirFor(options) is { } folder ? Path.GetFullPath(folder) : $"s3://{options.S3Bucket}";

    public static string RunIdOf(OrchestratorOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        return options.RunId ?? $"local-{time.GetUtcNow():yyyyMMdd-HHmmss}";
    }

    public async Task<int> ExecuteAsync(TextWriter output, SelectionResult selection, bool ownAccountOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(selection);
        var started = Stopwatch.GetTimestamp();
        var runId = RunIdOf(options, time);
        var destination = DestinationOf(options);
        LocalLog.Starting(_logger, runId, options.RunDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), destination, options.MaxConcurrentRunners, ownAccountOnly);

        var accounts = selection.Selected.Select(account => new LocalAccountRun(account)).ToList();
        var done = 0;
        var run = Parallel.ForEachAsync(
            accounts,
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrentRunners, CancellationToken = cancellationToken },
            async (account, ct) =>
            {
                using var scope = AccountScope.Begin(_logger, account.Account.Id);
                account.Start();
                var ending = await CollectAsync(account, runId, ownAccountOnly, ct);
                account.Finish(ending);
                LocalLog.AccountFinished(_logger, account.Account.Id, account.Account.Name, ending.Outcome, ending.Detail, ending.Written, Interlocked.Increment(ref done), accounts.Count);
            });

        var table = terminal is not null && ReferenceEquals(output, Console.Out) ? new LocalTable(accounts, terminal.LogFile, AnsiConsole.Console) : null;
        await (table?.ShowAsync(run) ?? run);

        var endings = accounts.Where(a => a.Ending is not null).OrderBy(a => a.Account.Id, StringComparer.Ordinal).ToList();
        var failed = endings.Where(a => !a.Ending!.Succeeded).ToList();
        var withFailedCalls = endings.Count(a => a.Ending is { Succeeded: true, FailedCalls: > 0 });
        var written = endings.Sum(a => a.Ending!.Written);
        var succeeded = endings.Count - failed.Count;
        OrchestratorLog.Summary(_logger, runId, selection.Selected.Count, selection.Skipped.Count, selection.NotInOrganization.Count, succeeded, failed.Count, Stopwatch.GetElapsedTime(started).TotalSeconds, [.. failed.Select(a => $"{a.Account.Id}: {a.Ending!.Detail}")]);
        var partly = withFailedCalls > 0 ? $" ({withFailedCalls} with failed calls)" : "";
        LocalLog.Written(_logger, selection.Selected.Count, succeeded, partly, failed.Count, selection.Skipped.Count, written, destination);
        foreach (var account in endings.Where(a => !a.Ending!.Succeeded || a.Ending.FailedCalls > 0))
        {
            LocalLog.Ended(_logger, account.Ending!.Outcome, account.Account.Id, account.Ending.Detail);
        }

        table?.Summary(runId, $"{selection.Selected.Count} selected, {succeeded} succeeded{partly}, {failed.Count} failed, {selection.Skipped.Count} skipped; {written} resources written to {destination}");
        return failed.Count == 0 ? ExitCodes.Success : ExitCodes.RunnersFailed;
    }

    private async Task<AccountEnding> CollectAsync(LocalAccountRun local, string runId, bool ownAccountOnly, CancellationToken cancellationToken)
    {
        var account = local.Account;
        var outputDir = OutputDirFor(options);
        var runnerOptions = RunnerSettings.For(options, account.Id, runId, options.RunDate, outputDir) with { CollectWithOwnCredentials = ownAccountOnly };
        var run = new InventoryRun(Options.Create(runnerOptions), time, loggers.CreateLogger<InventoryRun>(), loggers.CreateLogger<CollectionEngine>());
        local.Progress = run.Progress;
        try
        {
            var exitCode = await run.ExecuteAsync(cancellationToken);
            return AccountEnding.Of(exitCode, run.Report, run.FailureReason, DestinationOf(options));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Aws.Credentials.RoleAssumptionException e)
        {
            return AccountEnding.Of(Runner.ExitCodes.RoleChainFailed, null, e.Message, "");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The runner process would exit non-zero; here the account fails and the others go on.
            LocalLog.AccountCrashed(_logger, account.Id, e);
            return AccountEnding.Of(Runner.ExitCodes.Unexpected, null, $"unexpected {e.GetType().Name}: {e.Message}", "");
        }
    }
}
