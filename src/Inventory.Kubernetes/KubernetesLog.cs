using Microsoft.Extensions.Logging;

namespace Inventory.Kubernetes;

internal static partial class KubernetesLog
{
    [LoggerMessage(EventId = 4001, EventName = "KubernetesRetrying", Level = LogLevel.Information,
        Message = "{Method} {Path}: attempt {Attempt} failed ({Reason}); retrying in {DelaySeconds:0.##} s")]
    public static partial void Retrying(ILogger logger, string method, string path, int attempt, double delaySeconds, string reason);

    [LoggerMessage(EventId = 4002, EventName = "KubernetesWatchExpired", Level = LogLevel.Information,
        Message = "Watch of jobs in {Namespace} ({Selector}) expired at resourceVersion {ResourceVersion}; listing again")]
    public static partial void WatchExpired(ILogger logger, string @namespace, string selector, string? resourceVersion);

    [LoggerMessage(EventId = 4003, EventName = "KubernetesWatchFailed", Level = LogLevel.Warning,
        Message = "Watch of jobs in {Namespace} ({Selector}) failed; trying again in {DelaySeconds:0.##} s")]
    public static partial void WatchFailed(ILogger logger, string @namespace, string selector, double delaySeconds, Exception exception);

    [LoggerMessage(EventId = 4004, EventName = "KubernetesWatchListed", Level = LogLevel.Debug,
        Message = "Listed {Count} jobs in {Namespace} ({Selector}) at resourceVersion {ResourceVersion}")]
    public static partial void Listed(ILogger logger, int count, string @namespace, string selector, string? resourceVersion);

    [LoggerMessage(EventId = 4005, EventName = "KubernetesWatchResumed", Level = LogLevel.Debug,
        Message = "Watch of jobs in {Namespace} ({Selector}) ended after {Events} events; watching again from resourceVersion {ResourceVersion}")]
    public static partial void WatchResumed(ILogger logger, string @namespace, string selector, int events, string? resourceVersion);
}
