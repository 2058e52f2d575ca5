using Inventory.Aws.Organizations;
using Inventory.Orchestrator.Local;
using Inventory.Orchestrator.Selection;
using Inventory.Orchestrator.Supervision;
using Spectre.Console;

namespace Inventory.Orchestrator.Tests.Local;

/// <summary>The local summary table draws the run's one summary: every selected account, its numbers, its detail.</summary>
public sealed class LocalTableTests
{
    [Fact]
    public void EverySelectedAccountHasARowWithTheSummarysNumbers()
    {
        OrganizationAccount[] accounts = [Account("111111111111"), Account("222222222222"), Account("333333333333")];
        IReadOnlyList<AccountOutcome> outcomes =
        [
            new(accounts[0], true, "1 failed call", TimeSpan.FromSeconds(75)) { Written = 1234, FailedCalls = 1, ReportPath = "/out/AWSRecon/2026/3/7/111111111111_aws_recon_1.report.json" },
            new(accounts[1], false, "Could not assume arn:aws:iam::222222222222:role/inventory: AccessDenied", TimeSpan.FromSeconds(3)) { Written = 0 },
        ];
        var summary = new RunSummary("local-test", new SelectionResult(accounts, [], []), outcomes, TimeSpan.FromSeconds(80));
        using var screen = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(screen) });
        console.Profile.Width = 240;
        console.Profile.Capabilities.Unicode = true;

        new LocalTable("/tmp/inventory-local.log", console).Summary(summary, "3 selected, 1 succeeded, 1 failed, 0 skipped; 1234 resources written to /out");

        var text = screen.ToString();
        Assert.Contains("Run local-test", text, StringComparison.Ordinal);
        Assert.Matches(@"│ 111111111111 │ account-111 │ succeeded │ +1,234 │ +1 │ +1:15 │ see its report +│", text);
        Assert.Contains("Reports, each failed call in full: /out/AWSRecon/2026/3/7/<account>_aws_recon_<time>.report.json", text, StringComparison.Ordinal);
        Assert.Matches(@"│ 222222222222 │ account-222 │ failed +│ +0 │ +0 │ +0:03 │ Could not assume arn:aws:iam::222222222222:role/inventory: AccessDenied +│", text);
        Assert.Matches(@"│ 333333333333 │ account-333 │ not run +│ +0 │ +0 │ +0:00 │ +│", text);
        Assert.Contains("3 selected, 1 succeeded, 1 failed, 0 skipped; 1234 resources written to /out", text, StringComparison.Ordinal);
        Assert.Contains("Log: /tmp/inventory-local.log", text, StringComparison.Ordinal);
    }

    private static OrganizationAccount Account(string id) =>
        new(id, $"arn:aws:organizations::111111111111:account/o-x/{id}", $"account-{id[..3]}", $"{id}@example.com", "ACTIVE", null);
}
