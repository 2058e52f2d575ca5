using Inventory.Aws.Organizations;
using Inventory.Orchestrator.Supervision;
using Inventory.Run;

namespace Inventory.Orchestrator.Local;

/// <summary>
/// How one account's in-process run ended, told truthfully: resources counted only when the data
/// was written, failed calls named, a failure's AWS error (code and message) kept.
/// </summary>
internal static class InProcessOutcome
{
    public static AccountOutcome Of(OrganizationAccount account, int exitCode, RunReport? report, string? failureReason, string destination)
    {
        if (exitCode != Run.ExitCodes.Success)
        {
            return new(account, false, failureReason ?? $"runner exit code {exitCode}", TimeSpan.Zero) { Written = 0, FailedCalls = report?.Errors.Count ?? 0 };
        }

        var errors = report?.Errors ?? [];
        var reportKey = report?.DataKey?.Replace(".json.gz", ".report.json", StringComparison.Ordinal);
        var reportPath = reportKey is null ? null : $"{destination}/{reportKey}";
        var detail = errors.Count == 0
            ? $"{report?.Records ?? 0} resources"
            : $"{Run.FailedCalls.Describe(errors)} (report: {reportPath})";
        return new(account, true, detail, TimeSpan.Zero) { Written = report?.Records ?? 0, FailedCalls = errors.Count, ReportPath = reportPath };
    }
}
