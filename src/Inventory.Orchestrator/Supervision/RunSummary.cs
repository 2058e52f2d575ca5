using System.Globalization;
using System.Text;
using Inventory.Orchestrator.Selection;
using Microsoft.Extensions.Logging;

namespace Inventory.Orchestrator.Supervision;

/// <summary>The run's result, whichever launcher ran it: the counts, the exit code, the summary event and the table operators read.</summary>
public sealed record RunSummary(string RunId, SelectionResult Selection, IReadOnlyList<AccountOutcome> Outcomes, TimeSpan Duration)
{
    public IReadOnlyList<AccountOutcome> Failed => [.. Outcomes.Where(o => !o.Succeeded)];

    public int Succeeded => Outcomes.Count(o => o.Succeeded);

    /// <summary>Accounts that succeeded although some of their calls failed.</summary>
    public int WithFailedCalls => Outcomes.Count(o => o is { Succeeded: true, FailedCalls: > 0 });

    /// <summary>Resources written, over the accounts whose count is known.</summary>
    public long Written => Outcomes.Sum(o => o.Written ?? 0);

    /// <summary>Success only when every selected account ended and none failed.</summary>
    public int ExitCode => Failed.Count == 0 && Outcomes.Count == Selection.Selected.Count ? ExitCodes.Success : ExitCodes.RunnersFailed;

    /// <summary>The one structured summary event, then the table.</summary>
    internal void Log(ILogger logger)
    {
        OrchestratorLog.Summary(logger, RunId, Selection.Selected.Count, Selection.Skipped.Count, Selection.NotInOrganization.Count, Succeeded, Failed.Count, Duration.TotalSeconds, [.. Failed.Select(f => $"{f.Account.Id}: {f.Detail}")]);
        OrchestratorLog.Table(logger, Table());
    }

    public string Table()
    {
        var rows = Outcomes.OrderBy(o => o.Account.Id, StringComparer.Ordinal)
            .Select(o => (o.Account.Id, o.Account.Name, o.Succeeded ? "succeeded" : "failed", Duration: Format(o.Duration), o.Detail ?? (o.Adopted ? "adopted" : "")))
            .Concat(Selection.Skipped.Select(s => (s.Account.Id, s.Account.Name, "skipped", Duration: "", s.Reason)))
            .Concat(Selection.NotInOrganization.Select(id => (id, "", "not found", Duration: "", "INCLUDE_ACCOUNTS names an account not in the organization")))
            .ToList();
        var widths = new[]
        {
            Math.Max(7, rows.Max(r => (int?)r.Item1.Length) ?? 0),
            Math.Min(30, Math.Max(4, rows.Max(r => (int?)r.Item2.Length) ?? 0)),
            9,
            8,
        };
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Run {RunId}: {Selection.Selected.Count} selected, {Succeeded} succeeded, {Failed.Count} failed, {Selection.Skipped.Count} skipped, {Selection.NotInOrganization.Count} not found, {Format(Duration)}");
        text.AppendLine(Row("account", "name", "outcome", "duration", "reason"));
        foreach (var row in rows)
        {
            text.AppendLine(Row(row.Item1, row.Item2, row.Item3, row.Duration, row.Item5));
        }

        return text.ToString().TrimEnd();

        string Row(string account, string name, string outcome, string duration, string reason) =>
            $"{account.PadRight(widths[0])}  {Cut(name, widths[1]).PadRight(widths[1])}  {outcome.PadRight(widths[2])}  {duration.PadLeft(widths[3])}  {reason}".TrimEnd();
    }

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    private static string Format(TimeSpan duration) =>
        duration.TotalHours >= 1 ? duration.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : duration.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
