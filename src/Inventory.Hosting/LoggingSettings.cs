using Serilog.Events;

namespace Inventory.Hosting;

/// <summary>LOG_FORMAT and LOG_LEVEL, read once by one rule for the logger and for validation alike.</summary>
public static class LoggingSettings
{
    public enum LogFormat
    {
        Json,
        Text,
    }

    /// <summary>LOG_FORMAT (default json when output is redirected, else text) and LOG_LEVEL (default information); bad values are left in the reader's errors.</summary>
    public static (LogFormat Format, LogEventLevel Level) Read(SettingsReader settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var format = settings.Choice("LOG_FORMAT", Console.IsOutputRedirected ? LogFormat.Json : LogFormat.Text);
        var level = settings.Choice("LOG_LEVEL", LogEventLevel.Information);
        return (format, level);
    }
}
