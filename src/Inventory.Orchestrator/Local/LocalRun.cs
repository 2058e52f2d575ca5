using System.Diagnostics;
using System.Globalization;
using Inventory.Aws.Organizations;
using Inventory.Collection.Engine;
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

    public async Task<int> ExecuteAsync(TextWriter output, SelectionResult selection, bool ownAccountOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(selection);
        var started = Stopwatch.GetTimestamp();
        var runId = options.RunId ?? $"local-{time.GetUtcNow():yyyyMMdd-HHmmss}";
        var destination = OutputDir is { } folder ? Path.GetFullPath(folder) : $"s3://{options.S3Bucket}";
        LocalLog.Starting(_logger, runId, options.RunDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), destination, options.MaxConcurrentRunners, ownAccountOnly);

        var progress = new LocalProgress(output, selection.Selected.Count, interactive: !Console.IsOutputRedirected && ReferenceEquals(output, Console.Out));
        var failed = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        using (progress.Start(cancellationToken))
        {
            await Parallel.ForEachAsync(
                selection.Selected,
                new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrentRunners, CancellationToken = cancellationToken },
                async (account, ct) =>
                {
                    progress.Started();
                    var (exitCode, records) = await CollectAsync(account, runId, ownAccountOnly, ct);
                    if (exitCode != Runner.ExitCodes.Success)
                    {
                        failed[account.Id] = $"runner exit code {exitCode}";
                    }

                    var (done, _, _, _) = progress.Finished(exitCode == Runner.ExitCodes.Success, records);
                    LocalLog.AccountFinished(_logger, account.Id, account.Name, exitCode == Runner.ExitCodes.Success ? "succeeded" : "failed", exitCode, records, done, selection.Selected.Count);
                });
        }

        var failedAccounts = failed.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}: {pair.Value}").ToList();
        OrchestratorLog.Summary(_logger, runId, selection.Selected.Count, selection.Skipped.Count, selection.NotInOrganization.Count, selection.Selected.Count - failed.Count, failed.Count, Stopwatch.GetElapsedTime(started).TotalSeconds, failedAccounts);
        await output.WriteLineAsync($"{selection.Selected.Count} selected, {selection.Selected.Count - failed.Count} succeeded, {failed.Count} failed, {selection.Skipped.Count} skipped; {progress.Resources} resources written to {destination}");
        foreach (var line in failedAccounts)
        {
            await output.WriteLineAsync($"  failed {line}");
        }

        await output.FlushAsync(cancellationToken);
        return failed.IsEmpty ? ExitCodes.Success : ExitCodes.RunnersFailed;
    }

    /// <summary>OUTPUT_DIR, its default when S3_BUCKET is not set, or null for S3.</summary>
    private string? OutputDir => options.OutputDir ?? (options.S3Bucket.Length == 0 ? DefaultOutputDir : null);

    private async Task<(int ExitCode, long Records)> CollectAsync(OrganizationAccount account, string runId, bool ownAccountOnly, CancellationToken cancellationToken)
    {
        var runnerOptions = RunnerSettings.For(options, account.Id, runId, options.RunDate, OutputDir) with { CollectWithOwnCredentials = ownAccountOnly };
        var run = new InventoryRun(Options.Create(runnerOptions), time, loggers.CreateLogger<InventoryRun>(), loggers.CreateLogger<CollectionEngine>());
        try
        {
            var exitCode = await run.ExecuteAsync(cancellationToken);
            return (exitCode, run.Report?.Records ?? 0);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The runner process would exit non-zero; here the account fails and the others go on.
            LocalLog.AccountCrashed(_logger, account.Id, e);
            return (e is Aws.Credentials.RoleAssumptionException ? Runner.ExitCodes.RoleChainFailed : Runner.ExitCodes.Unexpected, 0);
        }
    }
}
