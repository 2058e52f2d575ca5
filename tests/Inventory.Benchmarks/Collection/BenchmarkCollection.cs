using System.Diagnostics;
using System.Threading.Channels;
using Amazon.Runtime;
using Inventory.Aws.Client;
using Inventory.Aws.Endpoints;
using Inventory.Collection.Catalog;
using Inventory.Collection.Engine;
using Inventory.Collection.Planning;
using Inventory.Collection.Records;

namespace Inventory.Benchmarks.Collection;

/// <summary>
/// The runner's collection path, wired as InventoryRun wires it: one AwsClient (shared
/// HttpClient, MaxConcurrentCalls), the engine over WorkPlan.Build, a bounded channel of 1,024
/// records drained by RecordFileWriter into a gzip temp file (custom shape, JSON lines).
/// </summary>
internal static class BenchmarkCollection
{
    public const string Account = "123456789012";

    public static async Task<CollectionRun> RunAsync(
        Uri endpoint, IReadOnlyList<string> regions, bool global, IReadOnlyList<string> services, int concurrency, WorkItemTimes times, CancellationToken cancellationToken)
    {
        var url = endpoint.ToString();
        var client = new AwsClient(
            new BasicAWSCredentials("AKIABENCHMARK", "benchmark-secret"),
            new AwsClientOptions { MaxConcurrentCalls = concurrency, Scope = Account },
            endpoints: new AwsEndpointResolver(name => name == "AWS_ENDPOINT_URL" ? url : null));
        var plan = WorkPlan.Build(ServiceCatalog.Default, new RegionPlan(regions, global, [], []), AwsPartition.Aws, services, []);
        var engine = new CollectionEngine(client, new CollectionOptions { Account = Account }, times);
        var file = Path.Combine(Path.GetTempPath(), $"inventory-benchmark-{Guid.NewGuid():N}.json.gz");
        try
        {
            var clock = Stopwatch.StartNew();
            long records;
            await using (var output = new FileStream(file, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                var channel = Channel.CreateBounded<InventoryRecord>(new BoundedChannelOptions(1024) { SingleReader = true });
                var writer = RecordFileWriter.WriteAsync(channel.Reader, output, OutputFormat.Custom, jsonLines: true, cancellationToken);
                try
                {
                    await engine.RunAsync(plan, channel.Writer, cancellationToken);
                }
                finally
                {
                    channel.Writer.TryComplete();
                }

                records = await writer;
            }

            return new CollectionRun(records, clock.Elapsed, new FileInfo(file).Length, engine.Report, client.Statistics);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
