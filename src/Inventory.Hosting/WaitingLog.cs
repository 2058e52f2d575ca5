using Microsoft.Extensions.Logging;

namespace Inventory.Hosting;

/// <summary>
/// A progress line while a worker waits on a slow call: every period, the call it has waited on
/// longest, once that wait is a period or more. So a worker is never silent for minutes while an
/// endpoint does not answer.
/// </summary>
public static class WaitingLog
{
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromSeconds(10);

    /// <param name="longest">The call waited on longest (its description and start) and how many calls wait; null when none.</param>
    /// <returns>Stops the lines when disposed.</returns>
    public static IDisposable Start(ILogger logger, Func<(string Call, DateTimeOffset Since, int Waiting)?> longest, TimeProvider time, TimeSpan? period = null)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(longest);
        ArgumentNullException.ThrowIfNull(time);
        var every = period ?? DefaultPeriod;
        var lastLine = DateTimeOffset.MinValue;
        // Looks every second, so a call that started between two lines is seen once it has waited a period.
        var look = every < TimeSpan.FromSeconds(1) ? every : TimeSpan.FromSeconds(1);
        return time.CreateTimer(
            _ =>
            {
                var now = time.GetUtcNow();
                if (longest() is { } waiting && now - waiting.Since is var waited && waited >= every && now - lastLine >= every)
                {
                    lastLine = now;
                    HostingLog.Waiting(logger, waiting.Call, Math.Floor(waited.TotalSeconds), waiting.Waiting - 1);
                }
            },
            null,
            look,
            look);
    }
}
