using Microsoft.Extensions.Logging;

namespace Inventory.Hosting;

internal static partial class HostingLog
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Waiting on {Call} for {Seconds} s ({Others} other calls waiting)")]
    public static partial void Waiting(ILogger logger, string call, double seconds, int others);
}
