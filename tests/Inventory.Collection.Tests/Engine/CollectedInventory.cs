using Inventory.Collection.Records;
using Inventory.Testing.Aws;

namespace Inventory.Collection.Tests.Engine;

/// <summary>
/// One collection of the seeded account through the fault proxy (no faults), shared by the tests of
/// a class: they only read its records, calls and report, so one moto, one seeding, one run.
/// </summary>
public sealed class CollectedInventory : IAsyncLifetime
{
    private readonly MotoFixture _moto = new();

    public MotoServer Moto => _moto.Server;

    public FaultProxy Proxy { get; private set; } = null!;

    public SeededAccount Seeded { get; private set; } = null!;

    public EngineRun Run { get; private set; } = null!;

    public IReadOnlyList<InventoryRecord> Records => Run.Records;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await _moto.InitializeAsync();
        await Moto.ResetAsync(ct);
        Seeded = await SeededAccount.SeedAsync(Moto, ct);
        Proxy = await FaultProxy.StartAsync(Moto.Endpoint, ct);
        Run = await EngineRun.CollectAsync(EngineRun.Client(Proxy), ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
        }

        await _moto.DisposeAsync();
    }

    /// <summary>The records of one asset type.</summary>
    public IReadOnlyList<InventoryRecord> Of(string service, string assetType) =>
        Records.Where(r => r.Service == service && r.AssetType == assetType).ToList();

    /// <summary>The one record named <paramref name="name"/>.</summary>
    public InventoryRecord Named(string name) => Assert.Single(Records, r => r.Name == name);
}
