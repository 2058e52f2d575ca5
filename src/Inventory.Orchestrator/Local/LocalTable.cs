using System.Globalization;
using Inventory.Orchestrator.Supervision;
using Inventory.Run;
using Spectre.Console;

namespace Inventory.Orchestrator.Local;

/// <summary>
/// Local mode at a terminal: a live table of the accounts (state, regions and services done,
/// resources, calls, errors, elapsed) redrawn twice a second while the log goes to a file, then
/// one summary table of the run, from the run's summary. Never used when stdout is redirected.
/// </summary>
internal sealed class LocalTable(string logFile, IAnsiConsole console)
{
    private static readonly TimeSpan Redraw = TimeSpan.FromMilliseconds(500);

    /// <summary>Shows the live table of <paramref name="accounts"/> until <paramref name="run"/> ends.</summary>
    public async Task ShowAsync(IReadOnlyList<LocalAccountRun> accounts, Task run)
    {
        console.MarkupLine($"[grey]Log lines go to[/] {Markup.Escape(logFile)}");
        await console.Live(Live(accounts)).AutoClear(true).StartAsync(async context =>
        {
            while (await Task.WhenAny(run, Task.Delay(Redraw)) != run)
            {
                context.UpdateTarget(Live(accounts));
            }
        });
        await run;
    }

    /// <summary>The run's summary: every selected account, how it ended, what was written.</summary>
    public void Summary(RunSummary summary, string totals)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var table = new Table().Title($"Run {Markup.Escape(summary.RunId)}").Caption(Markup.Escape(totals));
        table.AddColumns("Account", "Name", "Outcome", "Resources", "Failed calls", "Elapsed", "Detail");
        var outcomes = summary.Outcomes.ToDictionary(o => o.Account.Id, StringComparer.Ordinal);
        foreach (var account in summary.Selection.Selected.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            var ending = outcomes.GetValueOrDefault(account.Id);
            var colour = ending is null ? "grey" : !ending.Succeeded ? "red" : ending.FailedCalls > 0 ? "yellow" : "green";
            var outcome = ending is null ? "not run" : ending.Succeeded ? "succeeded" : "failed";

            // A failure's reason, or a pointer to the report that lists the failed calls (named once, below the table).
            var detail = ending is null ? "" : !ending.Succeeded ? Cut(ending.Detail ?? "") : ending.ReportPath is not null && ending.FailedCalls > 0 ? "see its report" : "";
            table.AddRow(
                new Text(account.Id), new Text(account.Name),
                new Markup($"[{colour}]{outcome}[/]"),
                new Text(Count(ending?.Written ?? 0)).RightJustified(), new Text(Count(ending?.FailedCalls ?? 0)).RightJustified(),
                new Text(Clock(ending?.Duration ?? TimeSpan.Zero)).RightJustified(), new Text(detail));
        }

        console.Write(table);

        // Every runner of a run writes to the run's one dated folder.
        if (summary.Outcomes.Select(o => o.ReportPath).OfType<string>().FirstOrDefault() is { } first)
        {
            var folder = first[..(first.LastIndexOf('/') + 1)];
            console.MarkupLine($"[grey]Reports, each failed call in full:[/] {Markup.Escape(folder)}<account>_aws_recon_<time>.report.json");
        }

        console.MarkupLine($"[grey]Log:[/] {Markup.Escape(logFile)}");
    }

    // Running accounts first, then failed, queued and done; cut to what fits the terminal.
    private Table Live(IReadOnlyList<LocalAccountRun> accounts)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("Account", "State", "Regions", "Services", "Resources", "Calls", "Errors", "Elapsed");
        foreach (var column in table.Columns.Skip(2))
        {
            column.RightAligned();
        }

        var rows = accounts
            .OrderBy(a => a.Outcome is { } ending ? ending.Succeeded ? 3 : 1 : a.Progress is null ? 2 : 0)
            .ThenBy(a => a.Account.Id, StringComparer.Ordinal)
            .ToList();
        var room = Math.Max(5, (console.Profile.Height > 0 ? console.Profile.Height : 24) - 8);
        foreach (var account in rows.Take(room))
        {
            var progress = account.Progress;
            var (regionsDone, regions, servicesDone, services) = progress?.Coverage() ?? (0, 0, 0, 0);
            table.AddRow(
                new Text(account.Account.Id),
                State(account),
                new Text($"{regionsDone}/{regions}"), new Text($"{servicesDone}/{services}"),
                new Text(Count(progress?.Resources ?? 0)), new Text(Count(progress?.Calls ?? 0)),
                new Text(Count(progress?.Errors ?? 0)), new Text(Clock(account.Elapsed)));
        }

        var done = accounts.Count(a => a.Outcome is not null);
        var failed = accounts.Count(a => a.Outcome is { Succeeded: false });
        var running = accounts.Count(a => a.Progress is not null && a.Outcome is null);
        var hidden = rows.Count > room ? $", {rows.Count - room} more not shown" : "";
        table.Caption($"{done}/{accounts.Count} accounts done, {running} running, {failed} failed{hidden}");
        return table;
    }

    private static Markup State(LocalAccountRun account) => account.Outcome switch
    {
        { Succeeded: false } => new Markup("[red]failed[/]"),
        { FailedCalls: > 0 } => new Markup("[yellow]done, failed calls[/]"),
        { } => new Markup("[green]done[/]"),
        null => new Markup(Markup.Escape((account.Progress?.Phase ?? RunPhase.Queued).ToString().ToLowerInvariant())),
    };

    private static string Cut(string text) => text.Length <= 160 ? text : string.Concat(text.AsSpan(0, 159), "…");

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Clock(TimeSpan elapsed) => elapsed.ToString(elapsed.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);
}
