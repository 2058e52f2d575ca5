using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Amazon.Runtime;
using Inventory.Aws.Client;
using Inventory.Aws.Credentials;
using Inventory.Aws.Endpoints;
using Inventory.Collection.Catalog;
using Inventory.Collection.Engine;
using Inventory.Collection.Planning;
using Inventory.Collection.Records;
using Inventory.Hosting;
using Inventory.Run.Output;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Run;

/// <summary>
/// One account's inventory: chain into its inventory role, list its regions, collect every
/// (region, service) into a gzip file on disk, then write it and its report with the runner's
/// own credentials. Returns an <see cref="ExitCodes"/> value.
/// </summary>
public sealed class InventoryRun(IOptions<RunnerOptions> settings, TimeProvider time, ILogger<InventoryRun> logger, ILogger<CollectionEngine> engineLogger)
{
    private readonly RunnerOptions _options = settings.Value;

    // Readable timestamps ("+00:00", not "\u002B00:00") in the report people open by hand.
    private static readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<RunReport> ReportJson =
        (System.Text.Json.Serialization.Metadata.JsonTypeInfo<RunReport>)new JsonSerializerOptions(RunReportJson.Default.Options)
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = RunReportJson.Default,
        }.GetTypeInfo(typeof(RunReport));

    /// <summary>The report written at the end of <see cref="ExecuteAsync"/>, null before (or when nothing was written).</summary>
    public RunReport? Report { get; private set; }

    /// <summary>Why the run failed, in one line with AWS's code and message where there is one; null when it did not.</summary>
    public string? FailureReason { get; private set; }

    /// <summary>Where the run is, for a live view (local mode at a terminal).</summary>
    public RunProgress Progress { get; } = new();

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        Progress.Enter(RunPhase.Starting);
        try
        {
            var exitCode = await RunAsync(cancellationToken);
            Progress.Enter(exitCode == ExitCodes.Success ? RunPhase.Succeeded : RunPhase.Failed);
            return exitCode;
        }
        catch
        {
            Progress.Enter(RunPhase.Failed);
            throw;
        }
    }

    private async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var partition = AwsPartition.Of(_options.HomeRegion);
        var roleArn = $"arn:{partition.Name}:iam::{_options.AccountId}:role{_options.InventoryRolePath}{_options.InventoryRoleName}";
        RunnerLog.Starting(logger, _options.AccountId, _options.RunId, _options.CollectWithOwnCredentials ? "the caller's own credentials" : roleArn);

        var limits = new AwsClientOptions
        {
            MaxConcurrentCalls = _options.MaxConcurrency,
            Scope = _options.AccountId,
            AttemptTimeout = TimeSpan.FromSeconds(_options.AttemptTimeoutSeconds),
            Time = time,
        };
        using var waiting = WaitingLog.Start(logger, () => limits.InFlight.Longest(limits.Scope) is { } call ? (call.Call.ToString(), call.Call.Since, call.Waiting) : null, time);
        // The runner's own identity (IRSA → Inventory-Runner) writes; the account's role reads
        // (or, for the local mode's single own account, the caller's identity reads too).
        AWSCredentials runner;
        try
        {
            runner = await AwsCredentialSources.DefaultAsync(cancellationToken);
        }
        catch (NoCredentialsException e)
        {
            RunnerLog.RoleChainFailed(logger, nameof(NoCredentialsException), e.Message);
            FailureReason = e.Message;
            return ExitCodes.RoleChainFailed;
        }

        using var chain = _options.CollectWithOwnCredentials
            ? null
            : RoleChain.From(runner, _options.HomeRegion, limits: limits).Assume(roleArn, RoleSessionName.Sanitize($"inventory-{_options.RunId}"), _options.ExternalId);
        var client = new AwsClient(chain?.Credentials ?? runner, limits);

        RegionPlan regions;
        try
        {
            regions = await RegionDiscovery.DiscoverAsync(client, _options.HomeRegion, _options.Regions, cancellationToken);
        }
        catch (RoleAssumptionException e)
        {
            RunnerLog.RoleChainFailed(logger, e.ErrorCode, e.Message);
            FailureReason = e.Message; // names the role, AWS's code and message
            return ExitCodes.RoleChainFailed;
        }
        catch (AwsException e)
        {
            RunnerLog.RegionsFailed(logger, e.Error.Code, e.Error.Message);
            FailureReason = $"{e.Error.Code}: {e.Error.Message}";
            return ExitCodes.RoleChainFailed;
        }

        var work = WorkPlan.Build(ServiceCatalog.Default, regions, partition, _options.Services, _options.ExcludeServices);
        RunnerLog.Planned(logger, string.Join(',', regions.Regions), regions.Global, work.Count);
        if (regions.Disabled.Count + regions.Unknown.Count > 0)
        {
            RunnerLog.RegionsSkipped(logger, string.Join(',', regions.Disabled), string.Join(',', regions.Unknown));
        }

        var engine = new CollectionEngine(client, new CollectionOptions { Account = _options.AccountId, Partition = partition.Name, ItemConcurrency = _options.MaxConcurrency, Time = time }, engineLogger);
        Progress.Collecting(work, engine.Report, client.Statistics);
        var file = Path.Combine(Path.GetTempPath(), $"inventory-{_options.AccountId}-{Guid.NewGuid():N}.json.gz");
        try
        {
            long records;
            await using (var output = new FileStream(file, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                records = await CollectAsync(engine, work, output, cancellationToken);
            }

            Progress.Enter(RunPhase.Writing);
            return await WriteAsync(runner, limits, engine, client, regions, file, records, started, cancellationToken);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<long> CollectAsync(CollectionEngine engine, IReadOnlyList<WorkItem> work, Stream output, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<InventoryRecord>(new BoundedChannelOptions(1024) { SingleReader = true });
        var writer = RecordFileWriter.WriteAsync(channel.Reader, output, _options.OutputFormat, _options.OutputJsonLines, cancellationToken);
        try
        {
            await engine.RunAsync(work, channel.Writer, cancellationToken);
        }
        finally
        {
            channel.Writer.TryComplete();
        }

        return await writer;
    }

    private async Task<int> WriteAsync(
        AWSCredentials runner, AwsClientOptions limits, CollectionEngine engine, AwsClient client, RegionPlan regions, string file, long records, DateTimeOffset started, CancellationToken cancellationToken)
    {
        var report = engine.Report;
        var failed = report.FailedShare > _options.MaxFailedShare;
        var now = time.GetUtcNow();
        var dataKey = failed ? null : ObjectKeys.Data(_options.RunDate, _options.AccountId, now);
        var summary = new RunReport
        {
            Account = _options.AccountId,
            RunId = _options.RunId,
            RunDate = _options.RunDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Status = failed ? "failed" : "succeeded",
            StartedAt = started,
            FinishedAt = now,
            DataKey = dataKey,
            Records = records,
            Regions = regions.Regions,
            Global = regions.Global,
            DisabledRegions = regions.Disabled,
            UnknownRegions = regions.Unknown,
            Resources = report.Resources,
            Errors = report.Errors,
            WorkItems = report.WorkItems,
            FailedWorkItems = report.FailedWorkItems,
            Calls = client.Statistics.Calls,
            Retries = client.Statistics.Retries,
            Throttles = client.Statistics.Throttles,
            RetriesRefused = client.Statistics.RetriesRefused,
            CallsFailedFast = client.Statistics.CallsFailedFast,
            EndpointOutages = client.Outages,
        };
        foreach (var outage in summary.EndpointOutages)
        {
            RunnerLog.EndpointOutage(logger, outage.Endpoint, outage.Failures, outage.CallsFailedFast, outage.LastError, outage.Recovered ? "recovered" : "still down");
        }

        Report = summary;

        await using IInventoryDestination destination = _options.OutputDir is { } folder
            ? new DirectoryDestination(folder, _options.RunId)
            : new S3Destination(_options.S3Bucket!, runner, _options.HomeRegion, limits, _options.RunId);
        var reportKey = ObjectKeys.Report(_options.RunDate, _options.AccountId, now);
        var written = new List<string>();
        try
        {
            await ReplaceEarlierAttemptsAsync(destination, [dataKey, reportKey], cancellationToken);

            // Data first, then its report; a key counts as written as soon as it is sent, since a
            // cancelled request may still have been stored.
            if (dataKey is not null)
            {
                written.Add(dataKey);
                RunnerLog.Writing(logger, $"{destination.Name}/{dataKey}");
                await using var data = File.OpenRead(file);
                await destination.WriteAsync(dataKey, data, "application/json", "gzip", cancellationToken);
                RunnerLog.Written(logger, records, $"{destination.Name}/{dataKey}");
            }

            written.Add(reportKey);
            RunnerLog.Writing(logger, $"{destination.Name}/{reportKey}");
            using var json = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(summary, ReportJson));
            await destination.WriteAsync(reportKey, json, "application/json", null, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // SIGTERM mid-write: no data object may stand without its report.
            await CleanUpAsync(destination, written);
            throw;
        }
        catch (Exception e) when (e is AmazonServiceException or AmazonClientException or IOException or UnauthorizedAccessException or HttpRequestException or OperationCanceledException)
        {
            RunnerLog.UploadFailed(logger, destination.Name, e.Message);
            await CleanUpAsync(destination, written);
            FailureReason = $"Could not write the inventory to {destination.Name}: {(e is AmazonServiceException { ErrorCode: { Length: > 0 } code } ? $"{code}: " : "")}{e.Message}";
            return ExitCodes.UploadFailed;
        }

        RunnerLog.Summary(logger, _options.AccountId, summary.Outcome, records, summary.Calls, summary.Throttles, summary.Retries, report.Errors.Count, (now - started).TotalSeconds, string.Join(' ', report.Resources.Select(pair => $"{pair.Key}={pair.Value}")));
        if (failed)
        {
            RunnerLog.TooManyFailures(logger, report.FailedWorkItems, report.WorkItems, _options.MaxFailedShare);
            FailureReason = $"{report.FailedWorkItems} of {report.WorkItems} (region, service) pairs failed, more than MAX_FAILED_SHARE {_options.MaxFailedShare}: no data written; {FailedCalls.Describe(report.Errors, 1)}";
            return ExitCodes.TooManyFailures;
        }

        return ExitCodes.Success;
    }

    // A retried attempt of the same run (RUN_ID, account, date) replaces what an earlier one left,
    // so the day never holds two data objects of one run. Without the permissions to look (a role
    // from before they were needed) the run still writes, and says so.
    private async Task ReplaceEarlierAttemptsAsync(IInventoryDestination destination, string?[] ours, CancellationToken cancellationToken)
    {
        try
        {
            var earlier = (await destination.EarlierAttemptsAsync(ObjectKeys.AccountPrefix(_options.RunDate, _options.AccountId), cancellationToken))
                .Where(key => !ours.Contains(key)).ToList();
            if (earlier.Count > 0)
            {
                await destination.DeleteAsync(earlier, cancellationToken);
                RunnerLog.ReplacedEarlierAttempt(logger, _options.RunId, string.Join(", ", earlier));
            }
        }
        catch (AmazonServiceException e)
        {
            RunnerLog.EarlierAttemptsUnknown(logger, e.ErrorCode ?? e.StatusCode.ToString(), e.Message);
        }
    }

    // Best effort with its own short deadline (the run's token may be cancelled already); what it
    // cannot delete carries the run's id, so the run's next attempt deletes it.
    private async Task CleanUpAsync(IInventoryDestination destination, List<string> written)
    {
        if (written.Count == 0)
        {
            return;
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await destination.DeleteAsync(written, deadline.Token);
            RunnerLog.CleanedUp(logger, string.Join(", ", written));
        }
        catch (Exception e) when (e is AmazonServiceException or AmazonClientException or IOException or UnauthorizedAccessException or HttpRequestException or OperationCanceledException)
        {
            RunnerLog.CleanUpFailed(logger, string.Join(", ", written), e.Message);
        }
    }
}
