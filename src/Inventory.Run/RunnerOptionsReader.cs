using Inventory.Hosting;
using Microsoft.Extensions.Configuration;

namespace Inventory.Run;

/// <summary>Reads <see cref="RunnerOptions"/> from the environment: the runner's own settings here, the shared ones through <see cref="RunSettings"/>.</summary>
public static class RunnerOptionsReader
{
    public static RunnerOptions Read(IConfiguration configuration, TimeProvider time)
    {
        var settings = new SettingsReader(configuration);
        var now = time.GetUtcNow();
        var options = RunSettings.Read(settings, new RunnerOptions
        {
            AccountId = settings.Text("ACCOUNT_ID") ?? "",
            OutputDir = settings.Text("OUTPUT_DIR"),
            RunId = settings.Text("RUN_ID") ?? $"manual-{now:yyyyMMdd-HHmmss}",
            RunDate = settings.Date("RUN_DATE", DateOnly.FromDateTime(now.UtcDateTime)),
            EndpointOverrides = settings.Prefixed("AWS_ENDPOINT_URL"),
            TerminationMessagePath = TerminationMessage.PathFrom(settings),
        });
        _ = LoggingSettings.Read(settings); // the logger reads them; here only their errors count
        return options with { ParseErrors = settings.Errors };
    }
}
