using Inventory.Collection.Catalog;
using Inventory.Collection.Records;
using Inventory.Testing.Aws;
using Inventory.Testing.Time;

namespace Inventory.Collection.Tests.Engine;

/// <summary>
/// The catalog's poll stage (IAM's GenerateCredentialReport until COMPLETE) against moto, on a
/// manual clock: it waits its interval between calls and gives up after its attempts.
/// </summary>
public sealed class PollTests(MotoFixture moto) : IClassFixture<MotoFixture>, IAsyncLifetime
{
    private static readonly CatalogService Iam = ServiceCatalog.Default.Services.Single(s => s.Service == "IAM");
    private static readonly CatalogResource Report = Iam.Collect.Single(r => r.AssetType == "credential_report");

    private FaultProxy _proxy = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await moto.Server.ResetAsync(Ct);
        await moto.Server.Seed.CreateUserAsync(IamLambdaInventory.Account, "erin", Ct);
        _proxy = await FaultProxy.StartAsync(moto.Server.Endpoint, Ct);
    }

    public async ValueTask DisposeAsync() => await _proxy.DisposeAsync();

    [Fact]
    public async Task TheReportIsFetchedOneIntervalAfterItWasStarted()
    {
        var clock = new ManualTimeProvider();
        var run = Collect(Report, clock);

        await UntilAsync(() => clock.PendingTimers > 0 || run.IsCompleted);
        Assert.False(run.IsCompleted);
        Assert.Equal((1, 0), (Calls("GenerateCredentialReport"), Calls("GetCredentialReport")));
        clock.Advance(TimeSpan.FromSeconds(4.9));
        await Task.Delay(50, Ct);
        Assert.Equal(1, Calls("GenerateCredentialReport"));
        clock.Advance(TimeSpan.FromSeconds(0.1));

        var (records, report) = await run.WaitAsync(TimeSpan.FromSeconds(60), Ct);
        Assert.Equal((2, 1), (Calls("GenerateCredentialReport"), Calls("GetCredentialReport")));
        Assert.Equal(TimeSpan.FromSeconds(5), clock.Elapsed);
        var record = Assert.Single(records);
        Assert.Equal("erin", (string?)record.Data["content"]![0]!["user"]);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public async Task AReportThatNeverCompletesCostsTheBoundedWaitAndOneError()
    {
        // moto's report is COMPLETE from the second call; this poll waits for a state that never comes.
        var never = Report with { Poll = Report.Poll! with { Until = new Dictionary<string, string> { ["State"] = "NEVER" }, MaxAttempts = 3 } };
        var clock = new ManualTimeProvider();
        var run = Collect(never, clock);

        while (!run.IsCompleted)
        {
            await UntilAsync(() => clock.PendingTimers > 0 || run.IsCompleted);
            clock.AdvanceToNextTimer();
        }

        var (records, report) = await run;
        Assert.Equal(3, Calls("GenerateCredentialReport"));
        Assert.Equal(TimeSpan.FromSeconds(10), clock.Elapsed);
        var error = Assert.Single(report.Errors);
        Assert.Equal(("IAM", "GenerateCredentialReport", "PollNotReady"), (error.Service, error.Operation, error.Code));
        Assert.Contains("after 3 calls", error.Message, StringComparison.Ordinal);

        // The listing is still made: a report generated earlier is still worth having.
        Assert.Equal(1, Calls("GetCredentialReport"));
        Assert.Single(records);
    }

    private Task<(IReadOnlyList<InventoryRecord> Records, Collection.Engine.CollectionReport Report)> Collect(CatalogResource resource, TimeProvider clock) =>
        IamLambdaInventory.CollectAsync(EngineRun.Client(_proxy), new ServiceCatalog([Iam with { Collect = [resource] }]), clock, Ct);

    private int Calls(string action) => _proxy.Calls.Count(c => c.Service == "iam" && c.Action == action);

    // Real time passes only while moto answers; bounded so a hang fails instead of stalling the suite.
    private static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting");
            await Task.Delay(10, Ct);
        }
    }
}
