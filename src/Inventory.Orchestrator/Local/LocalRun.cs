using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Inventory.Aws.Organizations;
using Inventory.Collection.Engine;
using Inventory.Hosting;
using Inventory.Orchestrator.Selection;
using Inventory.Runner;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Orchestrator.Local;

/// <summary>
/// LOCAL / --local: the run without Kubernetes. Each selected account runs the runner's own
/// <see cref="InventoryRun"/> in this process, at most MAX_CONCURRENT_RUNNERS at once, writing to
/// OUTPUT_DIR (default <c>./inventory</c>) or, with S3_BUCKET and no OUTPUT_DIR, to S3.
/// </summary>
internal sealed class LocalRun(OrchestratorOptions options, TimeProvider time, ILoggerFactory loggers)
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

        var progress = new LocalProgress(output, selection.Selected.Count, interactive: !Console.IsOutputRedirected && ReferenceEquals(output, Console.Out));
        var endings = new ConcurrentDictionary<string, AccountEnding>(StringComparer.Ordinal);
        using (progress.Start(cancellationToken))
        {
            await Parallel.ForEachAsync(
                selection.Selected,
                new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrentRunners, CancellationToken = cancellationToken },
                async (account, ct) =>
                {
                    using var scope = AccountScope.Begin(_logger, account.Id);
                    progress.Started();
                    var ending = await CollectAsync(account, runId, ownAccountOnly, ct);
                    endings[account.Id] = ending;
                    var (done, _, _, _) = progress.Finished(ending.Succeeded, ending.Written);
                    LocalLog.AccountFinished(_logger, account.Id, account.Name, ending.Outcome, ending.Detail, ending.Written, done, selection.Selected.Count);
                });
        }

        var ordered = endings.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList();
        var failed = ordered.Where(pair => !pair.Value.Succeeded).ToList();
        var withFailedCalls = ordered.Count(pair => pair.Value is { Succeeded: true, FailedCalls: > 0 });
        var written = ordered.Sum(pair => pair.Value.Written);
        var succeeded = ordered.Count - failed.Count;
        OrchestratorLog.Summary(_logger, runId, selection.Selected.Count, selection.Skipped.Count, selection.NotInOrganization.Count, succeeded, failed.Count, Stopwatch.GetElapsedTime(started).TotalSeconds, [.. failed.Select(pair => $"{pair.Key}: {pair.Value.Detail}")]);
        var partly = withFailedCalls > 0 ? $" ({withFailedCalls} with failed calls)" : "";
        await output.WriteLineAsync($"{selection.Selected.Count} selected, {succeeded} succeeded{partly}, {failed.Count} failed, {selection.Skipped.Count} skipped; {written} resources written to {destination}");
        foreach (var (account, ending) in ordered.Where(pair => !pair.Value.Succeeded || pair.Value.FailedCalls > 0))
        {
            await output.WriteLineAsync($"  {ending.Outcome} {account}: {ending.Detail}");
        }

        await output.FlushAsync(cancellationToken);
        return failed.Count == 0 ? ExitCodes.Success : ExitCodes.RunnersFailed;
    }

    private async Task<AccountEnding> CollectAsync(OrganizationAccount account, string runId, bool ownAccountOnly, CancellationToken cancellationToken)
    {
        var outputDir = OutputDirFor(options);
        var runnerOptions = RunnerSettings.For(options, account.Id, runId, options.RunDate, outputDir) with { CollectWithOwnCredentials = ownAccountOnly };
        var run = new InventoryRun(Options.Create(runnerOptions), time, loggers.CreateLogger<InventoryRun>(), loggers.CreateLogger<CollectionEngine>());
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
