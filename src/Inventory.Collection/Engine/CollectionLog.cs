using Microsoft.Extensions.Logging;

namespace Inventory.Collection.Engine;

internal static partial class CollectionLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Collected {Resources} {Service} resources in {Region} with {Errors} failed calls in {Seconds:0.0} s")]
    public static partial void WorkItemDone(ILogger logger, string service, string region, long resources, int errors, double seconds);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "{Service} {Operation} failed in {Region}: {Code}: {Message}")]
    public static partial void CallFailed(ILogger logger, string service, string operation, string region, string code, string message);
}
