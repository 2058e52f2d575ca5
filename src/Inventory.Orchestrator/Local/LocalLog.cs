using Microsoft.Extensions.Logging;

namespace Inventory.Orchestrator.Local;

internal static partial class LocalLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Local run {RunId} ({RunDate}) in-process, output {Destination}, at most {MaxConcurrent} accounts at once; caller's own account only: {OwnAccountOnly}")]
    public static partial void Starting(ILogger logger, string runId, string runDate, string destination, int maxConcurrent, bool ownAccountOnly);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Account {Account} ({Name}) {Outcome}: {Detail}; {Written} resources written [{Done}/{Total}]")]
    public static partial void AccountFinished(ILogger logger, string account, string name, string outcome, string detail, long written, int done, int total);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Error, Message = "Account {Account}: the in-process runner failed unexpectedly")]
    public static partial void AccountCrashed(ILogger logger, string account, Exception exception);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Information, Message = "{Selected} selected, {Succeeded} succeeded{WithFailedCalls:l}, {Failed} failed, {Skipped} skipped; {Written} resources written to {Destination:l}")]
    public static partial void Written(ILogger logger, int selected, int succeeded, string withFailedCalls, int failed, int skipped, long written, string destination);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Warning, Message = "{Outcome:l} {Account:l}: {Detail:l}")]
    public static partial void Ended(ILogger logger, string outcome, string account, string detail);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "No organization to list (no Organizations access, not in use, or no accounts): collecting the caller's own account {Account} with the caller's credentials")]
    public static partial void OwnAccount(ILogger logger, string account);
}
