using System.Text.Json.Nodes;
using System.Xml.Linq;
using Inventory.Testing.Aws;

namespace Inventory.Collection.Tests.Shapes;

/// <summary>
/// One of each listing of the platform services beyond AWS Recon (Batch, OpenSearch, MemoryDB, DAX,
/// Timestream, RAM, Network Firewall, Route 53 Resolver, Private CA, Inspector): a share to an
/// outside account, a firewall, resolver endpoints, rules and DNS firewall rules, a CA with a policy.
/// </summary>
internal sealed class PlatformServicesSeed(ReconAccountSeed seed)
{
    public const string ComputeEnvironment = "shape-compute";
    public const string JobQueue = "shape-jobs";
    public const string JobDefinition = "shape-job-def";
    public const string SearchDomain = "shape-opensearch";
    public const string MemoryDbCluster = "shape-memorydb";
    public const string DaxCluster = "shape-dax";
    public const string TimestreamDatabase = "shape_tsdb";
    public const string TimestreamTable = "shape_tstable";
    public const string ResourceShare = "shape-share";
    public const string OutsideAccount = "999999999999";
    public const string Firewall = "shape-firewall";
    public const string ResolverEndpoint = "shape-resolver";
    public const string ResolverRule = "shape-forward";
    public const string QueryLogConfig = "shape-query-logs";
    public const string FirewallRuleGroup = "shape-dns-firewall";

    private const string Account = ReconAccountSeed.Account;
    private const string Region = ReconAccountSeed.Region;

    public string AuthorityArn { get; private set; } = "";
    public string ResourceShareArn { get; private set; } = "";
    public string FirewallResourceArn { get; private set; } = "";

    public async Task SeedAsync()
    {
        var subnets = Texts(await seed.QueryAsync("ec2", "2016-11-15", "DescribeSubnets"), "subnetId").Take(2).ToList();
        var vpc = Texts(await seed.QueryAsync("ec2", "2016-11-15", "DescribeVpcs"), "vpcId").First();
        var group = Texts(await seed.QueryAsync("ec2", "2016-11-15", "DescribeSecurityGroups"), "groupId").First();
        await BatchAsync(subnets, group);
        await seed.RestAsync("es", HttpMethod.Post, "/2021-01-01/opensearch/domain", new JsonObject
        {
            ["DomainName"] = SearchDomain,
            ["EngineVersion"] = "OpenSearch_2.11",
            ["AccessPolicies"] = PolicyDocuments.Allow($"arn:aws:es:{Region}:{Account}:domain/{SearchDomain}/*", "es:ESHttpGet"),
        });
        await seed.JsonAsync("memorydb", "AmazonMemoryDB.CreateCluster", new JsonObject
        {
            ["ClusterName"] = MemoryDbCluster, ["NodeType"] = "db.t4g.small", ["ACLName"] = "open-access",
            ["Tags"] = new JsonArray(new JsonObject { ["Key"] = "team", ["Value"] = "shapes" }),
        });
        await seed.JsonAsync("dax", "AmazonDAXV3.CreateCluster", new JsonObject
        {
            ["ClusterName"] = DaxCluster, ["NodeType"] = "dax.t3.small", ["ReplicationFactor"] = 1, ["IamRoleArn"] = ReconAccountSeed.RoleArn,
            ["SSESpecification"] = new JsonObject { ["Enabled"] = true },
            ["Tags"] = new JsonArray(new JsonObject { ["Key"] = "team", ["Value"] = "shapes" }),
        });
        await seed.JsonAsync("timestream", "Timestream_20181101.CreateDatabase", new JsonObject { ["DatabaseName"] = TimestreamDatabase }, "1.0");
        await seed.JsonAsync("timestream", "Timestream_20181101.CreateTable", new JsonObject { ["DatabaseName"] = TimestreamDatabase, ["TableName"] = TimestreamTable }, "1.0");
        var share = await seed.RestAsync("ram", HttpMethod.Post, "/createresourceshare", new JsonObject
        {
            ["name"] = ResourceShare,
            ["principals"] = new JsonArray(OutsideAccount),
            ["allowExternalPrincipals"] = true,
        });
        ResourceShareArn = (string)share["resourceShare"]!["resourceShareArn"]!;
        FirewallResourceArn = (await seed.JsonAsync("network-firewall", "NetworkFirewall_20201112.CreateFirewall", new JsonObject
        {
            ["FirewallName"] = Firewall,
            ["FirewallPolicyArn"] = $"arn:aws:network-firewall:{Region}:{Account}:firewall-policy/shape-policy",
            ["VpcId"] = vpc,
            ["SubnetMappings"] = new JsonArray(new JsonObject { ["SubnetId"] = subnets[0] }),
        }, "1.0")).GetProperty("Firewall").GetProperty("FirewallArn").GetString()!;
        await ResolverAsync(subnets, group, vpc);
        var ca = await seed.JsonAsync("acm-pca", "ACMPrivateCA.CreateCertificateAuthority", new JsonObject
        {
            ["CertificateAuthorityType"] = "ROOT",
            ["CertificateAuthorityConfiguration"] = new JsonObject
            {
                ["KeyAlgorithm"] = "RSA_2048", ["SigningAlgorithm"] = "SHA256WITHRSA",
                ["Subject"] = new JsonObject { ["CommonName"] = "shapes.example.com" },
            },
            ["Tags"] = new JsonArray(new JsonObject { ["Key"] = "team", ["Value"] = "shapes" }),
        });
        // moto takes a policy only for an ACTIVE authority, which needs an imported certificate: GetPolicy is canned.
        AuthorityArn = ca.GetProperty("CertificateAuthorityArn").GetString()!;
        // Inspector stays disabled: after Enable, moto answers BatchGetAccountStatus without account ids with 500.
    }

    private async Task BatchAsync(List<string> subnets, string group)
    {
        var environment = await seed.RestAsync("batch", HttpMethod.Post, "/v1/createcomputeenvironment", new JsonObject
        {
            ["computeEnvironmentName"] = ComputeEnvironment,
            ["type"] = "MANAGED",
            ["state"] = "ENABLED",
            ["computeResources"] = new JsonObject
            {
                ["type"] = "FARGATE", ["maxvCpus"] = 4,
                ["subnets"] = new JsonArray(subnets[0]), ["securityGroupIds"] = new JsonArray(group),
            },
            ["serviceRole"] = ReconAccountSeed.RoleArn,
        });
        await seed.RestAsync("batch", HttpMethod.Post, "/v1/createjobqueue", new JsonObject
        {
            ["jobQueueName"] = JobQueue,
            ["state"] = "ENABLED",
            ["priority"] = 1,
            ["computeEnvironmentOrder"] = new JsonArray(new JsonObject { ["order"] = 1, ["computeEnvironment"] = (string)environment["computeEnvironmentArn"]! }),
        });
        await seed.RestAsync("batch", HttpMethod.Post, "/v1/registerjobdefinition", new JsonObject
        {
            ["jobDefinitionName"] = JobDefinition,
            ["type"] = "container",
            ["containerProperties"] = new JsonObject
            {
                ["image"] = "busybox", ["vcpus"] = 1, ["memory"] = 128, ["command"] = new JsonArray("true"),
            },
        });
    }

    private async Task ResolverAsync(List<string> subnets, string group, string vpc)
    {
        var endpoint = await seed.JsonAsync("route53resolver", "Route53Resolver.CreateResolverEndpoint", new JsonObject
        {
            ["CreatorRequestId"] = "shape-endpoint", ["Name"] = ResolverEndpoint, ["Direction"] = "OUTBOUND",
            ["SecurityGroupIds"] = new JsonArray(group),
            ["IpAddresses"] = new JsonArray(new JsonObject { ["SubnetId"] = subnets[0] }, new JsonObject { ["SubnetId"] = subnets[1] }),
        });
        var endpointId = endpoint.GetProperty("ResolverEndpoint").GetProperty("Id").GetString()!;
        var rule = await seed.JsonAsync("route53resolver", "Route53Resolver.CreateResolverRule", new JsonObject
        {
            ["CreatorRequestId"] = "shape-rule", ["Name"] = ResolverRule, ["RuleType"] = "FORWARD", ["DomainName"] = "corp.shapes.example.com",
            ["ResolverEndpointId"] = endpointId,
            ["TargetIps"] = new JsonArray(new JsonObject { ["Ip"] = "10.0.0.53", ["Port"] = 53 }),
        });
        await seed.JsonAsync("route53resolver", "Route53Resolver.AssociateResolverRule", new JsonObject
        {
            ["ResolverRuleId"] = rule.GetProperty("ResolverRule").GetProperty("Id").GetString(), ["VPCId"] = vpc, ["Name"] = "shape-association",
        });
        var logs = await seed.JsonAsync("route53resolver", "Route53Resolver.CreateResolverQueryLogConfig", new JsonObject
        {
            ["Name"] = QueryLogConfig, ["CreatorRequestId"] = "shape-logs", ["DestinationArn"] = $"arn:aws:s3:::{ReconAccountSeed.LogBucket}",
        });
        await seed.JsonAsync("route53resolver", "Route53Resolver.AssociateResolverQueryLogConfig", new JsonObject
        {
            ["ResolverQueryLogConfigId"] = logs.GetProperty("ResolverQueryLogConfig").GetProperty("Id").GetString(), ["ResourceId"] = vpc,
        });
    }

    private static IEnumerable<string> Texts(string xml, string localName) =>
        XDocument.Parse(xml).Descendants().Where(e => e.Name.LocalName == localName).Select(e => e.Value);
}
