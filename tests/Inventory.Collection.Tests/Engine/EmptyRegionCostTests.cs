using Inventory.Aws.Client;
using Inventory.Aws.Endpoints;
using Inventory.Aws.Model;
using Inventory.Collection.Catalog;
using Inventory.Collection.Engine;
using Inventory.Collection.Planning;
using Inventory.Testing.Aws;

namespace Inventory.Collection.Tests.Engine;

/// <summary>
/// A service with nothing in a region costs its listings there (and their "each" calls) and
/// nothing more: the services beyond AWS Recon against an empty moto region, every call counted
/// at the proxy by signing name (several models share one: SESv2 signs as ses, S3 Control as s3,
/// Bedrock's agents as bedrock, Timestream as timestream).
/// </summary>
public sealed class EmptyRegionCostTests : IAsyncLifetime
{
    private const string Region = "us-west-2";

    private static readonly string[] Models =
    [
        "cognito-idp", "cognito-identity", "stepfunctions", "events", "scheduler", "batch", "appsync", "elasticbeanstalk", "opensearch", "mq",
        "memorydb", "dax", "timestream-write", "codecommit", "codedeploy", "ram", "network-firewall", "route53resolver", "acm-pca", "inspector2",
        "fsx", "datasync", "lakeformation", "emr-serverless", "emr-containers", "quicksight", "iot", "sso-admin", "identitystore",
        "resource-groups", "glacier", "s3control", "bedrock", "bedrock-agent", "vpc-lattice", "sesv2", "servicediscovery", "appconfig", "kinesisvideo",
    ];

    // What an empty region still holds: EventBridge's default bus (its DescribeEventBus and ListRules
    // follow) and Lake Formation's settings (with their permissions).
    private static readonly Dictionary<string, int> FollowUps = new(StringComparer.Ordinal) { ["events"] = 2, ["lakeformation"] = 1 };

    private readonly MotoFixture _moto = new();
    private FaultProxy _proxy = null!;

    public async ValueTask InitializeAsync()
    {
        await _moto.InitializeAsync();
        _proxy = await FaultProxy.StartAsync(_moto.Server.Endpoint, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _proxy.DisposeAsync();
        await _moto.DisposeAsync();
    }

    [Fact]
    public async Task Each_service_costs_its_listings_in_an_empty_region()
    {
        var ct = TestContext.Current.CancellationToken;
        // One attempt per call: moto's 500s for the calls it lacks are counted once, not retried.
        var client = EngineRun.Client(_proxy, options: new AwsClientOptions { MaxAttempts = 1 });
        var plan = WorkPlan.Build(ServiceCatalog.Default, new RegionPlan([Region], Global: false, [], []), AwsPartition.Aws, Models, []);
        await EngineRun.CollectAsync(client, plan, new CollectionOptions { Account = EngineRun.Account }, ct);

        // moto has one IAM Identity Center instance in every region: the listings run per instance run once.
        var expected = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in plan)
        {
            var model = item.Service.Model;
            Add(expected, model, item.Service.Collect.Count + FollowUps.GetValueOrDefault(model));
            foreach (var each in item.Service.Collect.Select(r => r.Each).OfType<CatalogEach>())
            {
                Add(expected, each.Model ?? model, 1);
            }
        }

        Assert.Equal(Models.Length, plan.Count);
        var calls = _proxy.Calls.GroupBy(c => c.Service, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Select(c => c.Action).ToList(), StringComparer.OrdinalIgnoreCase);
        var problems = expected.Where(pair => calls.GetValueOrDefault(pair.Key)?.Count != pair.Value)
            .Select(pair => $"{pair.Key}: {calls.GetValueOrDefault(pair.Key)?.Count ?? 0} calls ({string.Join(", ", calls.GetValueOrDefault(pair.Key) ?? [])}), expected {pair.Value}").ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.InRange(expected.Values.Sum(), Models.Length, 2 * Models.Length);
    }

    private static void Add(Dictionary<string, int> counts, string model, int calls)
    {
        var signingName = ServiceModels.Get(model).SigningName;
        counts[signingName] = counts.GetValueOrDefault(signingName) + calls;
    }
}
