using Inventory.Aws.Client;
using Inventory.Aws.Endpoints;
using Inventory.Collection.Catalog;
using Inventory.Collection.Engine;
using Inventory.Collection.Planning;
using Inventory.Testing.Aws;

namespace Inventory.Collection.Tests.Engine;

/// <summary>
/// A service with nothing in a region costs its listings there and nothing more: the services
/// beyond AWS Recon against an empty moto region, every call counted at the proxy.
/// </summary>
public sealed class EmptyRegionCostTests : IAsyncLifetime
{
    private const string Region = "us-west-2";

    // Model (the alias) → signing name, as the proxy's call log names the service.
    private static readonly Dictionary<string, string> Services = new(StringComparer.Ordinal)
    {
        ["cognito-idp"] = "cognito-idp", ["cognito-identity"] = "cognito-identity", ["stepfunctions"] = "states",
        ["events"] = "events", ["scheduler"] = "scheduler", ["batch"] = "batch", ["appsync"] = "appsync",
        ["elasticbeanstalk"] = "elasticbeanstalk", ["opensearch"] = "es", ["mq"] = "mq", ["memorydb"] = "memorydb",
        ["dax"] = "dax", ["timestream-write"] = "timestream", ["codecommit"] = "codecommit", ["codedeploy"] = "codedeploy",
        ["ram"] = "ram", ["network-firewall"] = "network-firewall", ["route53resolver"] = "route53resolver",
        ["acm-pca"] = "acm-pca", ["inspector2"] = "inspector2",
    };

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
        var plan = WorkPlan.Build(ServiceCatalog.Default, new RegionPlan([Region], Global: false, [], []), AwsPartition.Aws, [.. Services.Keys], []);
        await EngineRun.CollectAsync(client, plan, new CollectionOptions { Account = EngineRun.Account }, ct);

        var problems = new List<string>();
        foreach (var (alias, signingName) in Services)
        {
            var service = ServiceCatalog.Default.Services.Single(s => s.Alias == alias);
            // Every region has EventBridge's default bus: its DescribeEventBus and ListRules follow.
            var expected = service.Collect.Count + (alias == "events" ? 2 : 0);
            var calls = _proxy.Calls.Where(c => c.Service == signingName).ToList();
            if (calls.Count != expected)
            {
                problems.Add($"{alias}: {calls.Count} calls ({string.Join(", ", calls.Select(c => c.Action))}), expected {expected}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.InRange(Services.Keys.Sum(alias => ServiceCatalog.Default.Services.Single(s => s.Alias == alias).Collect.Count), Services.Count, 2 * Services.Count);
    }
}
