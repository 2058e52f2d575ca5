using System.Threading.Channels;
using Amazon.Runtime;
using Inventory.Aws.Client;
using Inventory.Aws.Endpoints;
using Inventory.Collection.Catalog;
using Inventory.Collection.Engine;
using Inventory.Collection.Planning;
using Inventory.Collection.Records;
using Inventory.Testing.Aws;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inventory.Collection.Tests.Engine;

/// <summary>What one collection produced: its records, in arrival order, and the engine's report.</summary>
public sealed record EngineRun(IReadOnlyList<InventoryRecord> Records, CollectionReport Report)
{
    public const string Account = MotoCredentials.ManagementAccountId;

    /// <summary>The regions the engine tests seed and request; moto knows many more.</summary>
    public static readonly IReadOnlyList<string> Regions = ["us-east-1", "eu-west-1", "ap-southeast-2"];

    public static readonly IReadOnlyList<string> Services = ["ec2", "iam", "s3", "lambda", "kms"];

    /// <summary>Fast backoff, many attempts: a throttling storm costs milliseconds, not seconds.</summary>
    public static AwsClientOptions FastRetries { get; } = new()
    {
        BaseDelay = TimeSpan.FromMilliseconds(5),
        MaxDelay = TimeSpan.FromMilliseconds(100),
        MaxAttempts = 30,
    };

    /// <summary>A client for <paramref name="proxy"/>'s moto, with moto's dummy keys unless given others.</summary>
    public static AwsClient Client(FaultProxy proxy, AWSCredentials? credentials = null, AwsClientOptions? options = null) => new(
        credentials ?? new BasicAWSCredentials(MotoCredentials.AccessKeyId, MotoCredentials.SecretAccessKey),
        options ?? FastRetries,
        endpoints: new AwsEndpointResolver(name => name == "AWS_ENDPOINT_URL" ? proxy.Endpoint.ToString() : null));

    /// <summary>Runs the engine over EC2, IAM, S3, Lambda and KMS in <see cref="Regions"/> plus global.</summary>
    public static Task<EngineRun> CollectAsync(AwsClient client, CancellationToken cancellationToken) => CollectAsync(
        client,
        WorkPlan.Build(ServiceCatalog.Default, new RegionPlan(Regions, Global: true, [], []), AwsPartition.Aws, Services, []),
        new CollectionOptions { Account = Account },
        cancellationToken);

    /// <summary>Runs the engine over <paramref name="plan"/> and drains everything it wrote.</summary>
    public static async Task<EngineRun> CollectAsync(AwsClient client, IReadOnlyList<WorkItem> plan, CollectionOptions options, CancellationToken cancellationToken)
    {
        var engine = new CollectionEngine(client, options, NullLogger.Instance);
        var channel = Channel.CreateUnbounded<InventoryRecord>();
        await engine.RunAsync(plan, channel.Writer, cancellationToken);
        channel.Writer.Complete();
        var records = new List<InventoryRecord>();
        await foreach (var record in channel.Reader.ReadAllAsync(cancellationToken))
        {
            records.Add(record);
        }

        return new EngineRun(records, engine.Report);
    }
}
