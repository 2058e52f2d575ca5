using Inventory.Hosting;
using Microsoft.Extensions.Configuration;

namespace Inventory.Orchestrator.Local;

/// <summary>
/// Local mode with stdout at a terminal: the live table owns the screen and the log lines go to
/// a file in TMPDIR, named at start and end. Redirected output keeps the log on stdout.
/// </summary>
internal sealed record LocalTerminal(string LogFile)
{
    /// <summary>A terminal for a local run that collects, or null (redirected, dry run, not local, or no log file).</summary>
    public static LocalTerminal? Open(IConfiguration configuration, OrchestratorArguments arguments, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(time);
        var settings = new SettingsReader(configuration);
        var local = arguments.Local || settings.Flag("LOCAL", false);
        var dryRun = arguments.DryRun || settings.Flag("DRY_RUN", false);
        if (Console.IsOutputRedirected || !local || dryRun || settings.Errors.Count > 0)
        {
            return null; // bad values are the validator's to name, on the console
        }

        var path = Path.Combine(Path.GetTempPath(), $"inventory-local-{time.GetUtcNow():yyyyMMdd-HHmmss}-{Environment.ProcessId}.log");
        try
        {
            // Created here so an unwritable TMPDIR keeps the log on the console (the start-up probe names it).
            File.Create(path).Dispose();
            return new(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
