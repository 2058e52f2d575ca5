using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace Inventory.Hosting;

/// <summary>
/// Serilog's console sink behind ILogger: JSON lines in the cluster (or LOG_FORMAT=json), a
/// readable line at a terminal (or LOG_FORMAT=text). LOG_LEVEL sets the minimum level. Bad
/// values fall back to the defaults here; the workers' validators refuse them at start. Given a
/// <c>file</c> (a path), the lines go there instead (local mode's live table owns the terminal).
/// </summary>
public static class InventoryLogging
{
    private const string TextTemplate = "{Timestamp:HH:mm:ss} {Level:u3} {AccountPrefix:l}{Message:lj}{NewLine}{Exception}";

    public static IHostApplicationBuilder AddInventoryLogging(this IHostApplicationBuilder builder, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var (format, level) = LoggingSettings.Read(new SettingsReader(builder.Configuration));
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Is(level)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("System", LogEventLevel.Warning)
            .Enrich.FromLogContext();
        configuration = (format, file) switch
        {
            (LoggingSettings.LogFormat.Json, null) => configuration.WriteTo.Console(new JsonFormatter(renderMessage: true)),
            (LoggingSettings.LogFormat.Json, _) => configuration.WriteTo.File(new JsonFormatter(renderMessage: true), file),
            (_, null) => configuration.Enrich.With<AccountPrefixEnricher>().WriteTo.Console(outputTemplate: TextTemplate),
            _ => configuration.Enrich.With<AccountPrefixEnricher>().WriteTo.File(file, outputTemplate: TextTemplate),
        };
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(configuration.CreateLogger(), dispose: true);
        return builder;
    }
}
