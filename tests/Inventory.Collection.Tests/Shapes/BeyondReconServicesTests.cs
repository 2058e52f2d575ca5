using System.Text.Json.Nodes;

namespace Inventory.Collection.Tests.Shapes;

/// <summary>
/// The application and platform services beyond AWS Recon, seeded in moto (AppServicesSeed,
/// PlatformServicesSeed): each seeded resource is in the records, named by its ARN, with the
/// security facts its follow-ups read, and no secret the seeding used.
/// </summary>
[Collection(nameof(ReconAccount))]
public sealed class BeyondReconServicesTests(ReconAccount account)
{
    private const string Prefix = $"{ReconAccountSeed.Region}:{ReconAccountSeed.Account}";

    public static TheoryData<string, string, string> Seeded() => new()
    {
        { "CognitoIdentityProvider", "user_pool", $"arn:aws:cognito-idp:{Prefix}:userpool/" },
        { "CognitoIdentity", "identity_pool", $"arn:aws:cognito-identity:{Prefix}:identitypool/" },
        { "States", "state_machine", $"arn:aws:states:{Prefix}:stateMachine:{AppServicesSeed.StateMachine}" },
        { "States", "activity", $"arn:aws:states:{Prefix}:activity:{AppServicesSeed.Activity}" },
        { "EventBridge", "event_bus", $"arn:aws:events:{Prefix}:event-bus/{AppServicesSeed.EventBus}" },
        { "EventBridge", "archive", $"arn:aws:events:{Prefix}:archive/{AppServicesSeed.Archive}" },
        { "EventBridge", "connection", $"arn:aws:events:{Prefix}:connection/{AppServicesSeed.Connection}/" },
        { "Scheduler", "schedule", $"arn:aws:scheduler:{Prefix}:schedule/{AppServicesSeed.ScheduleGroup}/{AppServicesSeed.Schedule}" },
        { "Scheduler", "schedule_group", $"arn:aws:scheduler:{Prefix}:schedule-group/{AppServicesSeed.ScheduleGroup}" },
        { "AppSync", "graphql_api", $"arn:aws:appsync:{Prefix}:apis/" },
        { "MQ", "broker", $"arn:aws:mq:{Prefix}:broker:" },
        { "CodeCommit", "repository", $"arn:aws:codecommit:{Prefix}:{AppServicesSeed.Repository}" },
        { "CodeDeploy", "application", $"arn:aws:codedeploy:{Prefix}:application:{AppServicesSeed.DeployApplication}" },
        { "ElasticBeanstalk", "application", $"arn:aws:elasticbeanstalk:{Prefix}:application/{AppServicesSeed.BeanstalkApplication}" },
        { "ElasticBeanstalk", "environment", $"arn:aws:elasticbeanstalk:{Prefix}:environment/{AppServicesSeed.BeanstalkApplication}/{AppServicesSeed.BeanstalkEnvironment}" },
        { "Batch", "compute_environment", $"arn:aws:batch:{Prefix}:compute-environment/{PlatformServicesSeed.ComputeEnvironment}" },
        { "Batch", "job_queue", $"arn:aws:batch:{Prefix}:job-queue/{PlatformServicesSeed.JobQueue}" },
        { "Batch", "job_definition", $"arn:aws:batch:{Prefix}:job-definition/{PlatformServicesSeed.JobDefinition}:1" },
        { "OpenSearchService", "domain", $"arn:aws:es:{Prefix}:domain/{PlatformServicesSeed.SearchDomain}" },
        { "MemoryDB", "cluster", $"arn:aws:memorydb:{Prefix}:cluster/{PlatformServicesSeed.MemoryDbCluster}" },
        { "DAX", "cluster", $"arn:aws:dax:{Prefix}:cache/{PlatformServicesSeed.DaxCluster}" },
        { "TimestreamWrite", "database", $"arn:aws:timestream:{Prefix}:database/{PlatformServicesSeed.TimestreamDatabase}" },
        { "TimestreamWrite", "table", $"arn:aws:timestream:{Prefix}:database/{PlatformServicesSeed.TimestreamDatabase}/table/{PlatformServicesSeed.TimestreamTable}" },
        { "RAM", "resource_share", $"arn:aws:ram:{Prefix}:resource-share/" },
        { "NetworkFirewall", "firewall", $"arn:aws:network-firewall:{Prefix}:firewall/{PlatformServicesSeed.Firewall}" },
        { "Route53Resolver", "resolver_endpoint", $"arn:aws:route53resolver:{Prefix}:resolver-endpoint/rslvr-out-" },
        { "Route53Resolver", "resolver_rule", $"arn:aws:route53resolver:{Prefix}:resolver-rule/rslvr-rr-" },
        { "Route53Resolver", "resolver_query_log_config", $"arn:aws:route53resolver:{Prefix}:resolver-query-log-config/rslvr-qlc-" },
        { "ACMPCA", "certificate_authority", $"arn:aws:acm-pca:{Prefix}:certificate-authority/" },
    };

    [Theory]
    [MemberData(nameof(Seeded))]
    public void EachSeededResourceIsARecordNamedByItsArn(string service, string assetType, string arn)
    {
        var records = account.Of(service, assetType);
        Assert.True(records.Any(r => r.Name!.StartsWith(arn, StringComparison.Ordinal)),
            $"{service}/{assetType}: no record named {arn}…; names: {string.Join(", ", records.Select(r => r.Name))}");
        Assert.All(records, r => Assert.Equal(r.Name, (string?)r.Data["arn"]));
    }

    [Fact]
    public void A_user_pool_carries_its_clients_and_identity_providers_and_no_client_secret()
    {
        var pool = Single("CognitoIdentityProvider", "user_pool", AppServicesSeed.UserPool);
        Assert.Equal(account.Seed.Apps.PoolId, (string?)pool["id"]);
        var client = Assert.Single(pool["clients"]!.AsArray())!;
        Assert.Equal(AppServicesSeed.UserPoolClient, (string?)client["client_name"]);
        // The model marks client ids sensitive; the secrets are never asked for (no DescribeUserPoolClient).
        Assert.Equal("[FILTERED]", (string?)client["client_id"]);
        Assert.False(client.AsObject().ContainsKey("client_secret"));
        Assert.Equal(AppServicesSeed.IdentityProvider, (string?)Assert.Single(pool["identity_providers"]!.AsArray())!["provider_name"]);
    }

    [Fact]
    public void An_event_bus_open_to_any_account_shows_its_policy_rules_and_targets()
    {
        var bus = Single("EventBridge", "event_bus", AppServicesSeed.EventBus);
        var statement = Assert.Single(bus["policy"]!["Statement"]!.AsArray())!;
        Assert.Equal("events:PutEvents", (string?)statement["Action"]);
        var rule = bus["rules"]!.AsArray().Single(r => (string?)r!["name"] == AppServicesSeed.Rule)!;
        Assert.Equal($"arn:aws:sqs:{Prefix}:{ReconAccountSeed.Queue}", (string?)Assert.Single(rule["targets"]!.AsArray())!["arn"]);
    }

    [Fact]
    public void Secrets_the_seeding_used_are_in_no_record()
    {
        var all = string.Join('\n', account.Records.Select(r => r.Data.ToJsonString()));
        Assert.DoesNotContain(AppServicesSeed.ConnectionApiKey, all, StringComparison.Ordinal);
        Assert.DoesNotContain(AppServicesSeed.BrokerPassword, all, StringComparison.Ordinal);
        var connection = Single("EventBridge", "connection", AppServicesSeed.Connection);
        Assert.False(connection.ContainsKey("auth_parameters"));
        Assert.Equal("shape-admin", (string?)Assert.Single(Single("MQ", "broker", AppServicesSeed.Broker)["users"]!.AsArray())!["username"]);
    }

    [Fact]
    public void An_identity_pool_carries_its_roles_and_a_deployment_group_its_application()
    {
        var pool = Single("CognitoIdentity", "identity_pool", AppServicesSeed.IdentityPool);
        Assert.True((bool)pool["allow_unauthenticated_identities"]!);
        Assert.Equal(ReconAccountSeed.RoleArn, (string?)pool["roles"]!["unauthenticated"]);
        var application = Single("CodeDeploy", "application", AppServicesSeed.DeployApplication);
        var group = Assert.Single(application["deployment_groups"]!.AsArray())!;
        Assert.Equal(AppServicesSeed.DeploymentGroup, (string?)group["deployment_group_name"]);
        Assert.Equal(ReconAccountSeed.RoleArn, (string?)group["service_role_arn"]);
    }

    [Fact]
    public void A_share_to_an_outside_account_names_the_account()
    {
        var share = Single("RAM", "resource_share", PlatformServicesSeed.ResourceShare);
        Assert.Equal(account.Seed.Platform.ResourceShareArn, (string?)share["arn"]);
        Assert.True((bool)share["allow_external_principals"]!);
        Assert.Equal(PlatformServicesSeed.OutsideAccount, (string?)Assert.Single(share["principals"]!.AsArray())!["associated_entity"]);
    }

    [Fact]
    public void Access_policies_are_objects()
    {
        var domain = Single("OpenSearchService", "domain", PlatformServicesSeed.SearchDomain);
        Assert.Equal("es:ESHttpGet", (string?)Assert.Single(domain["access_policies"]!["Statement"]!.AsArray())!["Action"]![0]);
        var authority = Assert.Single(account.Of("ACMPCA", "certificate_authority"));
        Assert.Equal(account.Seed.Platform.AuthorityArn, authority.Name);
        Assert.IsType<JsonObject>(authority.Data["policy"]);
        Assert.Equal("ROOT", (string?)authority.Data["certificate_authority_type"]);
    }

    [Fact]
    public void The_firewall_and_resolver_records_carry_their_subnets_rules_and_associations()
    {
        var firewall = Single("NetworkFirewall", "firewall", PlatformServicesSeed.Firewall);
        Assert.Equal(account.Seed.Platform.FirewallResourceArn, (string?)firewall["arn"]);
        Assert.NotEmpty(firewall["firewall"]!["subnet_mappings"]!.AsArray());
        var rule = Single("Route53Resolver", "resolver_rule", PlatformServicesSeed.ResolverRule);
        Assert.Equal(account.Seed.DefaultVpcId, (string?)Assert.Single(rule["associations"]!.AsArray())!["vpc_id"]);
        var endpoint = Single("Route53Resolver", "resolver_endpoint", PlatformServicesSeed.ResolverEndpoint);
        Assert.Equal(2, endpoint["ip_addresses"]!.AsArray().Count);
        var logs = Single("Route53Resolver", "resolver_query_log_config", PlatformServicesSeed.QueryLogConfig);
        Assert.Equal(account.Seed.DefaultVpcId, (string?)Assert.Single(logs["associations"]!.AsArray())!["resource_id"]);
    }

    private JsonObject Single(string service, string assetType, string name) =>
        Assert.Single(account.Of(service, assetType), r => (string?)r.Data["name"] == name
            || (string?)r.Data[$"{assetType}_name"] == name || (string?)r.Data["identity_pool_name"] == name
            || (string?)r.Data["broker_name"] == name || (string?)r.Data["domain_name"] == name
            || (string?)r.Data["firewall_name"] == name || (string?)r.Data["application_name"] == name).Data;
}
