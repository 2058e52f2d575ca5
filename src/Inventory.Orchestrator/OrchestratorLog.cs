using Microsoft.Extensions.Logging;

namespace Inventory.Orchestrator;

internal static partial class OrchestratorLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Run {RunId} ({RunDate}) in namespace {Namespace}: runner image {Image}, at most {MaxConcurrent} at once")]
    public static partial void Starting(ILogger logger, string runId, string runDate, string @namespace, string image, int maxConcurrent);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Organization has {Total} accounts: {Selected} selected, {Skipped} skipped")]
    public static partial void Selected(ILogger logger, int total, int selected, int skipped);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Skipped account {Account} ({Name}): {Reason}")]
    public static partial void Skipped(ILogger logger, string account, string name, string reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "INCLUDE_ACCOUNTS names {Account}, which is not an account of the organization")]
    public static partial void NotInOrganization(ILogger logger, string account);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Created runner Job {Job} for account {Account}")]
    public static partial void RunnerCreated(ILogger logger, string job, string account);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Runner Job {Job} exists from an earlier attempt of this run: following it")]
    public static partial void RunnerAdopted(ILogger logger, string job);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "Account {Account} ({Job}) {Outcome} {Reason} [{Done}/{Total}]")]
    public static partial void RunnerFinished(ILogger logger, string account, string job, string outcome, string reason, int done, int total);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information, Message = "Run summary {RunId}: {Selected} selected, {Skipped} skipped, {NotInOrganization} not in the organization, {Succeeded} succeeded, {Failed} failed in {Seconds:0} s; failed: {FailedAccounts}")]
    public static partial void Summary(ILogger logger, string runId, int selected, int skipped, int notInOrganization, int succeeded, int failed, double seconds, IReadOnlyList<string> failedAccounts);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Information, Message = "{Table}")]
    public static partial void Table(ILogger logger, string table);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Error, Message = "Could not list the organization's accounts: {Code}: {Message}")]
    public static partial void AccountsFailed(ILogger logger, string code, string message);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Warning, Message = "Runner Job {Job} failed; its pods' termination message could not be read: {Message}")]
    public static partial void TerminationMessageUnavailable(ILogger logger, string job, string message);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Error, Message = "Kubernetes: {Message}")]
    public static partial void KubernetesFailed(ILogger logger, string message);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Warning, Message = "Stopped by SIGTERM before the run finished; runner Jobs already created keep running")]
    public static partial void Terminated(ILogger logger);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Critical, Message = "The run failed unexpectedly")]
    public static partial void Unexpected(ILogger logger, Exception exception);
}
