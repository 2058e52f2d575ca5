using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace Inventory.Hosting;

/// <summary>
/// Serilog's console sink behind ILogger: JSON lines in the cluster (or LOG_FORMAT=json), a
/// readable line at a terminal (or LOG_FORMAT=text). LOG_LEVEL sets the minimum level. Bad
/// values fall back to the defaults here; the workers' validators refuse them at start.
/// </summary>
public static class InventoryLogging
{
    public static IHostApplicationBuilder AddInventoryLogging(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var (format, level) = LoggingSettings.Read(new SettingsReader(builder.Configuration));
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Is(level)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("System", LogEventLevel.Warning)
            .Enrich.FromLogContext();
        configuration = format == LoggingSettings.LogFormat.Json
            ? configuration.WriteTo.Console(new JsonFormatter(renderMessage: true))
            : configuration.Enrich.With<AccountPrefixEnricher>().WriteTo.Console(outputTemplate: "{Timestamp:HH:mm:ss} {Level:u3} {AccountPrefix:l}{Message:lj}{NewLine}{Exception}");
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(configuration.CreateLogger(), dispose: true);
        return builder;
    }
}
