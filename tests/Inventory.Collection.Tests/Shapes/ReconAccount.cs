using Amazon.Runtime;
using Inventory.Aws.Client;
using Inventory.Aws.Endpoints;
using Inventory.Collection.Catalog;
using Inventory.Collection.Engine;
using Inventory.Collection.Planning;
using Inventory.Collection.Records;
using Inventory.Collection.Tests.Engine;
using Inventory.Testing.Aws;

namespace Inventory.Collection.Tests.Shapes;

/// <summary>The shape and coverage tests share one <see cref="ReconAccount"/>: one moto, one seeding, one collection.</summary>
[CollectionDefinition(nameof(ReconAccount))]
public sealed class SharedReconAccount : ICollectionFixture<ReconAccount>;

/// <summary>
/// One moto, seeded with something of nearly every catalog service (<see cref="ReconAccountSeed"/>),
/// collected once through the fault proxy over the whole catalog in us-east-1 and global; the shape
/// and coverage tests only read its records, calls and report.
/// </summary>
public sealed class ReconAccount : IAsyncLifetime
{
    private readonly MotoFixture _moto = new();

    public FaultProxy Proxy { get; private set; } = null!;

    public ReconAccountSeed Seed { get; private set; } = null!;

    public IReadOnlyList<InventoryRecord> Records { get; private set; } = [];

    public CollectionReport Report { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await _moto.InitializeAsync();
        Seed = new ReconAccountSeed(_moto.Server, ct);
        await Seed.SeedAsync();
        Proxy = await FaultProxy.StartAsync(_moto.Server.Endpoint, ct);
        CannedAnswers.Install(Proxy, Seed);

        // moto answers some calls with 500 (not implemented): one retry is enough to see that.
        var client = new AwsClient(
            new BasicAWSCredentials(MotoCredentials.AccessKeyId, MotoCredentials.SecretAccessKey),
            new AwsClientOptions { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5), MaxAttempts = 2 },
            endpoints: new AwsEndpointResolver(name => name == "AWS_ENDPOINT_URL" ? Proxy.Endpoint.ToString() : null));
        var plan = WorkPlan.Build(ServiceCatalog.Default, new RegionPlan([ReconAccountSeed.Region], Global: true, [], []), AwsPartition.Aws, [], []);
        var run = await EngineRun.CollectAsync(client, plan, new CollectionOptions { Account = ReconAccountSeed.Account }, ct);
        Records = run.Records;
        Report = run.Report;
    }

    public async ValueTask DisposeAsync()
    {
        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
        }

        await _moto.DisposeAsync();
    }

    public IReadOnlyList<InventoryRecord> Of(string service, string assetType) =>
        Records.Where(r => r.Service == service && r.AssetType == assetType).ToList();
}
