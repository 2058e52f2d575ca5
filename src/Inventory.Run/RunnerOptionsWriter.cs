using System.Globalization;

namespace Inventory.Run;

/// <summary>
/// <see cref="RunnerOptions"/> as the environment variables <see cref="RunnerOptionsReader"/>
/// reads back: what the orchestrator puts into each runner Job. The runner's own account, run and
/// date first, then the shared settings as <see cref="RunSettings"/> writes them; unset values are left out.
/// </summary>
public static class RunnerOptionsWriter
{
    public static IEnumerable<(string Name, string Value)> ToEnvironment(RunnerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var own = new (string Name, string? Value)[]
        {
            ("ACCOUNT_ID", options.AccountId),
            ("RUN_ID", options.RunId),
            ("RUN_DATE", options.RunDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("OUTPUT_DIR", options.OutputDir),
        };
        return own.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => (v.Name, v.Value!)).Concat(RunSettings.ToEnvironment(options));
    }
}
