using Microsoft.Extensions.Logging;

namespace Inventory.Run;

public static partial class RunnerLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Collecting account {Account} (run {RunId}) through {RoleArn}")]
    public static partial void Starting(ILogger logger, string account, string runId, string roleArn);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Regions: {Regions} (global: {Global}); {WorkItems} (region, service) pairs to collect")]
    public static partial void Planned(ILogger logger, string regions, bool global, int workItems);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Requested regions skipped: disabled {Disabled}, unknown {Unknown}")]
    public static partial void RegionsSkipped(ILogger logger, string disabled, string unknown);

    // The message names the role and AWS's reason already.
    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Role chain failed ({Code}): {Message}")]
    public static partial void RoleChainFailed(ILogger logger, string code, string message);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Wrote {Records} records to {Destination}")]
    public static partial void Written(ILogger logger, long records, string destination);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Error, Message = "Could not write the inventory to {Destination}: {Message}")]
    public static partial void UploadFailed(ILogger logger, string destination, string message);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Error, Message = "{Failed} of {Total} (region, service) pairs failed, more than MAX_FAILED_SHARE {Share}: no data object written")]
    public static partial void TooManyFailures(ILogger logger, int failed, int total, double share);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Information, Message = "Run summary for {Account}: {Status}, {Records} resources, {Calls} calls, {Throttles} throttles, {Retries} retries, {Errors} errors in {Seconds:0.0} s; per service {Resources}")]
    public static partial void Summary(ILogger logger, string account, string status, long records, long calls, long throttles, long retries, int errors, double seconds, string resources);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Warning, Message = "Stopped before finishing (SIGTERM or deadline): nothing was written")]
    public static partial void Terminated(ILogger logger);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Error, Message = "Could not list the account's regions: {Code}: {Message}")]
    public static partial void RegionsFailed(ILogger logger, string code, string message);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Warning, Message = "Endpoint outage: {Endpoint} gave no answer to {Failures} attempts in a row; {FailedFast} calls failed fast; last error {LastError}; {State}")]
    public static partial void EndpointOutage(ILogger logger, string endpoint, int failures, int failedFast, string lastError, string state);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Information, Message = "Replaced an earlier attempt of run {RunId}: deleted {Keys}")]
    public static partial void ReplacedEarlierAttempt(ILogger logger, string runId, string keys);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Warning, Message = "The write did not finish: deleted {Keys}, so no data object stands without its report")]
    public static partial void CleanedUp(ILogger logger, string keys);

    [LoggerMessage(EventId = 1015, Level = LogLevel.Error, Message = "Could not delete {Keys} after the write stopped: {Message}; the run's next attempt replaces them")]
    public static partial void CleanUpFailed(ILogger logger, string keys, string message);

    [LoggerMessage(EventId = 1016, Level = LogLevel.Information, Message = "Writing {Destination}")]
    public static partial void Writing(ILogger logger, string destination);

    [LoggerMessage(EventId = 1017, Level = LogLevel.Warning, Message = "Could not look for an earlier attempt's objects to replace ({Code}: {Message}); writing anyway. The runner's role needs s3:ListBucket, s3:GetObject and s3:DeleteObject under AWSRecon/")]
    public static partial void EarlierAttemptsUnknown(ILogger logger, string code, string message);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Critical, Message = "The run failed unexpectedly")]
    public static partial void Unexpected(ILogger logger, Exception exception);
}
