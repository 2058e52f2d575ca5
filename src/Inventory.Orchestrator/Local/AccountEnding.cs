using Inventory.Runner;

namespace Inventory.Orchestrator.Local;

/// <summary>
/// How one account's in-process run ended, told truthfully: resources counted only when the data
/// was written, failed calls named, a failure's AWS error (code and message) kept.
/// </summary>
internal sealed record AccountEnding(bool Succeeded, string Outcome, string Detail, long Written, int FailedCalls, string? Report = null)
{
    public static AccountEnding Of(int exitCode, RunReport? report, string? failureReason, string destination)
    {
        if (exitCode != Runner.ExitCodes.Success)
        {
            return new(false, "failed", failureReason ?? $"runner exit code {exitCode}", 0, report?.Errors.Count ?? 0);
        }

        var errors = report?.Errors ?? [];
        var reportKey = report?.DataKey?.Replace(".json.gz", ".report.json", StringComparison.Ordinal);
        var reportPath = reportKey is null ? null : $"{destination}/{reportKey}";
        var detail = errors.Count == 0
            ? $"{report?.Records ?? 0} resources"
            : $"{Runner.FailedCalls.Describe(errors)} (report: {reportPath})";
        return new(true, report?.Outcome ?? "succeeded", detail, report?.Records ?? 0, errors.Count, reportPath);
    }
}
