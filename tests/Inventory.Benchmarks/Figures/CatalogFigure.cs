using System.Diagnostics;
using System.Threading.Channels;
using Amazon.Runtime;
using Inventory.Aws.Client;
using Inventory.Aws.Endpoints;
using Inventory.Benchmarks.Measurement;
using Inventory.Collection.Catalog;
using Inventory.Collection.Engine;
using Inventory.Collection.Planning;
using Inventory.Collection.Records;
using Inventory.Testing.Aws;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inventory.Benchmarks.Figures;

/// <summary>
/// What the whole catalog costs one account: every service in us-east-1 and global against moto,
/// first empty (the calls a region with nothing in it costs), then seeded with a few resources of
/// the common services. Prints calls and wall time of each run; the catalog's size says which
/// catalog was measured.
/// </summary>
internal static class CatalogFigure
{
    public const string Name = "catalog";
    private const string Region = "us-east-1";
    private const string Account = MotoCredentials.ManagementAccountId;

    public static async Task<string> RunAsync(BenchmarkSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        MotoServer moto;
        try
        {
            moto = await MotoServer.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            return $"{Name}: skipped ({e.Message.Split('\n')[0]})";
        }

        await using (moto)
        {
            var catalog = ServiceCatalog.Default;
            var operations = catalog.Services.Sum(s => s.Collect.Count);
            var empty = await CollectAsync(moto.Endpoint, settings.Concurrency, cancellationToken);
            await SeedAsync(moto, cancellationToken);
            var seeded = await CollectAsync(moto.Endpoint, settings.Concurrency, cancellationToken);
            return $"{Name}: services={catalog.Services.Count} listings={operations} " +
                   $"empty-account: calls={empty.Calls} per-service={Units.Number(empty.Calls / (double)catalog.Services.Count, "0.0")} records={empty.Records} wall={Units.Seconds(empty.Wall.TotalSeconds)} " +
                   $"seeded-account: calls={seeded.Calls} records={seeded.Records} wall={Units.Seconds(seeded.Wall.TotalSeconds)}";
        }
    }

    // A few of the most common resources: what a small account has.
    private static async Task SeedAsync(MotoServer moto, CancellationToken ct)
    {
        var seed = moto.Seed;
        var role = await seed.CreateRoleAsync(Account, "benchmark-role", PolicyDocuments.TrustService("lambda.amazonaws.com"), ct: ct);
        await seed.RunInstancesAsync(Account, Region, 10, ct);
        for (var i = 0; i < 5; i++)
        {
            await seed.CreateBucketAsync(Account, $"benchmark-bucket-{i}", ct: ct);
            await seed.CreateQueueAsync(Account, Region, $"benchmark-queue-{i}", ct);
            await seed.CreateFunctionAsync(Account, Region, $"benchmark-fn-{i}", role, ct);
            await seed.CreateUserAsync(Account, $"benchmark-user-{i}", ct);
            await seed.CreateKeyAsync(Account, Region, ct);
        }
    }

    // moto answers the calls it lacks with 500: retried once, quickly, as the shape tests do.
    private static async Task<(long Calls, long Records, TimeSpan Wall)> CollectAsync(Uri endpoint, int concurrency, CancellationToken cancellationToken)
    {
        var url = endpoint.ToString();
        var client = new AwsClient(
            new BasicAWSCredentials(MotoCredentials.AccessKeyId, MotoCredentials.SecretAccessKey),
            new AwsClientOptions { MaxConcurrentCalls = concurrency, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5), MaxAttempts = 2 },
            endpoints: new AwsEndpointResolver(name => name == "AWS_ENDPOINT_URL" ? url : null));
        var plan = WorkPlan.Build(ServiceCatalog.Default, new RegionPlan([Region], Global: true, [], []), AwsPartition.Aws, [], []);
        var engine = new CollectionEngine(client, new CollectionOptions { Account = Account }, NullLogger.Instance);
        var channel = Channel.CreateUnbounded<InventoryRecord>();
        var clock = Stopwatch.StartNew();
        await engine.RunAsync(plan, channel.Writer, cancellationToken);
        channel.Writer.Complete();
        var wall = clock.Elapsed;
        long records = 0;
        await foreach (var _ in channel.Reader.ReadAllAsync(cancellationToken))
        {
            records++;
        }

        return (client.Statistics.Calls, records, wall);
    }
}
