using Inventory.Aws.Organizations;
using Inventory.Orchestrator.Local;
using Inventory.Orchestrator.Selection;
using Inventory.Orchestrator.Supervision;
using Inventory.Run;

namespace Inventory.Orchestrator.Tests.Supervision;

/// <summary>One summary for both launchers: the counts, the exit code and the table come from the outcomes alone.</summary>
public sealed class RunSummaryTests
{
    private static readonly OrganizationAccount Security = Account("111111111111", "security");
    private static readonly OrganizationAccount Workloads = Account("222222222222", "workloads");
    private static readonly OrganizationAccount Sandbox = new("333333333333", "arn:aws:organizations::111111111111:account/o-x/333333333333", "old-sandbox", "s@example.com", "SUSPENDED", null);

    private static readonly SelectionResult Selection = new([Security, Workloads], [new SkippedAccount(Sandbox, "status SUSPENDED")], ["999999999999"]);

    [Fact]
    public void AJobsRunAndAnInProcessRunEndingAlikeGiveTheSameCountsExitCodeAndRows()
    {
        var refused = "Could not assume arn:aws:iam::222222222222:role/inventory: AccessDenied: refused";
        IReadOnlyList<AccountOutcome> jobs =
        [
            new(Security, true, null, TimeSpan.FromSeconds(161)) { JobName = "inventory-111111111111-1a2b3c4d" },
            new(Workloads, false, refused, TimeSpan.FromSeconds(35)) { JobName = "inventory-222222222222-1a2b3c4d" },
        ];
        IReadOnlyList<AccountOutcome> inProcess =
        [
            InProcessOutcome.Of(Security, Run.ExitCodes.Success, Report(Security, 12), null, "/out") with { Duration = TimeSpan.FromSeconds(161) },
            InProcessOutcome.Of(Workloads, Run.ExitCodes.RoleChainFailed, null, refused, "") with { Duration = TimeSpan.FromSeconds(35) },
        ];

        var fromJobs = new RunSummary("run-1", Selection, jobs, TimeSpan.FromSeconds(192));
        var fromInProcess = new RunSummary("run-1", Selection, inProcess, TimeSpan.FromSeconds(192));

        foreach (var summary in new[] { fromJobs, fromInProcess })
        {
            Assert.Equal((1, 1, 0, ExitCodes.RunnersFailed), (summary.Succeeded, summary.Failed.Count, summary.WithFailedCalls, summary.ExitCode));
            var lines = summary.Table().Split('\n');
            Assert.Equal("Run run-1: 2 selected, 1 succeeded, 1 failed, 1 skipped, 1 not found, 3:12", lines[0]);
            Assert.Equal($"222222222222  workloads    failed         0:35  {refused}", lines[3]);
            Assert.Equal("333333333333  old-sandbox  skipped              status SUSPENDED", lines[4]);
            Assert.Equal("999999999999               not found            INCLUDE_ACCOUNTS names an account not in the organization", lines[5]);
        }

        // What only an in-process run knows: what it wrote.
        Assert.Equal("111111111111  security     succeeded      2:41", fromJobs.Table().Split('\n')[2]);
        Assert.Equal("111111111111  security     succeeded      2:41  12 resources", fromInProcess.Table().Split('\n')[2]);
        Assert.Equal((0L, 12L), (fromJobs.Written, fromInProcess.Written));
    }

    [Fact]
    public void ASelectedAccountWithoutAnOutcomeFailsTheRun()
    {
        var summary = new RunSummary("run-2", Selection, [new AccountOutcome(Security, true, null, TimeSpan.Zero)], TimeSpan.Zero);

        Assert.Empty(summary.Failed);
        Assert.Equal(ExitCodes.RunnersFailed, summary.ExitCode);
        Assert.Equal(ExitCodes.Success, (summary with { Outcomes = [.. summary.Outcomes, new AccountOutcome(Workloads, true, null, TimeSpan.Zero)] }).ExitCode);
    }

    [Fact]
    public void AnAdoptedJobSaysSoAndFailedCallsAreNeverABareSucceeded()
    {
        var adopted = new AccountOutcome(Security, true, null, TimeSpan.Zero) { JobName = "inventory-111111111111-1a2b3c4d", Adopted = true };
        var partly = new AccountOutcome(Workloads, true, "EC2 us-east-1 DescribeVolumes UnauthorizedOperation", TimeSpan.Zero) { Written = 3, FailedCalls = 2 };

        var summary = new RunSummary("run-3", Selection, [adopted, partly], TimeSpan.Zero);

        Assert.EndsWith("adopted", summary.Table().Split('\n')[2], StringComparison.Ordinal);
        Assert.Equal(("succeeded", "succeeded with 2 failed calls"), (adopted.Outcome, partly.Outcome));
        Assert.Equal((2, 1, 3L, ExitCodes.Success), (summary.Succeeded, summary.WithFailedCalls, summary.Written, summary.ExitCode));
    }

    private static RunReport Report(OrganizationAccount account, long records) => new()
    {
        Account = account.Id,
        RunId = "run-1",
        RunDate = "2026-03-07",
        Status = "succeeded",
        StartedAt = DateTimeOffset.UnixEpoch,
        FinishedAt = DateTimeOffset.UnixEpoch,
        DataKey = $"AWSRecon/2026/3/7/{account.Id}_aws_recon_1.json.gz",
        Records = records,
    };

    private static OrganizationAccount Account(string id, string name) =>
        new(id, $"arn:aws:organizations::111111111111:account/o-x/{id}", name, $"{name}@example.com", "ACTIVE", null);
}
