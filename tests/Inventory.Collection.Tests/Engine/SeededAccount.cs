using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Inventory.Testing.Aws;

namespace Inventory.Collection.Tests.Engine;

/// <summary>
/// What the engine tests put into moto's management account (auth off): per region two
/// instances, a VPC and a security group in it; a flow log on one VPC and an EBS snapshot in
/// us-east-1; IAM users, a role with a trust policy, an inline and an attached customer managed
/// policy; two buckets, one with a policy and one outside us-east-1; a Lambda function with a
/// resource policy; a KMS key.
/// </summary>
public sealed record SeededAccount(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Instances,
    IReadOnlyDictionary<string, string> Vpcs,
    IReadOnlyDictionary<string, string> SecurityGroups,
    string FlowLogId,
    string SnapshotId,
    string RoleArn,
    string PolicyArn,
    string FunctionArn,
    string KeyId)
{
    public const string Account = EngineRun.Account;
    public const string User = "alice";
    public const string OtherUser = "bob";
    public const string Role = "inventory-app";
    public const string InlinePolicy = "read-queues";
    public const string ManagedPolicy = "describe-everything";
    public const string PolicyBucket = "recon-with-policy";
    public const string PlainBucket = "recon-plain-eu";
    public const string PlainBucketRegion = "eu-west-1";
    public const string FunctionRegion = "eu-west-1";
    public const string Function = "recon-fn";
    public const string KeyRegion = "ap-southeast-2";
    public const string FlowLogRegion = "us-east-1";

    private const string Ec2Version = "2016-11-15";

    /// <summary>A trust policy for Lambda, as IAM stores it (and returns it URL-encoded).</summary>
    public static readonly string TrustPolicy = PolicyDocuments.TrustService("lambda.amazonaws.com");

    public static readonly string InlinePolicyDocument = PolicyDocuments.Allow("*", "sqs:ListQueues", "sqs:GetQueueAttributes");

    public static readonly string ManagedPolicyDocument = PolicyDocuments.Allow("*", "ec2:Describe*");

    /// <summary>A bucket policy with characters URL decoding would touch ('+', '%').</summary>
    public static readonly string BucketPolicy = new JsonObject
    {
        ["Version"] = "2012-10-17",
        ["Statement"] = new JsonArray(new JsonObject
        {
            ["Sid"] = "Read+list 100%",
            ["Effect"] = "Allow",
            ["Principal"] = new JsonObject { ["AWS"] = $"arn:aws:iam::{Account}:root" },
            ["Action"] = "s3:GetObject",
            ["Resource"] = $"arn:aws:s3:::{PolicyBucket}/*",
        }),
    }.ToJsonString();

    public IEnumerable<string> AllInstances => Instances.Values.SelectMany(ids => ids);

    public static async Task<SeededAccount> SeedAsync(MotoServer moto, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(moto);
        var seed = moto.Seed;
        var instances = new Dictionary<string, IReadOnlyList<string>>();
        var vpcs = new Dictionary<string, string>();
        var groups = new Dictionary<string, string>();
        var cidr = 10;
        foreach (var region in EngineRun.Regions)
        {
            instances[region] = await seed.RunInstancesAsync(Account, region, 2, ct);
            vpcs[region] = await seed.CreateVpcAsync(Account, region, $"10.{cidr++}.0.0/16", ct);
            groups[region] = await seed.CreateSecurityGroupAsync(Account, region, vpcs[region], $"recon-sg-{region}", ct);
        }

        await seed.CreateUserAsync(Account, User, ct);
        await seed.CreateUserAsync(Account, OtherUser, ct);
        var roleArn = await seed.CreateRoleAsync(Account, Role, TrustPolicy, ct: ct);
        await seed.PutRolePolicyAsync(Account, Role, InlinePolicy, InlinePolicyDocument, ct);
        var policyArn = await seed.CreatePolicyAsync(Account, ManagedPolicy, ManagedPolicyDocument, ct);
        await seed.AttachRolePolicyAsync(Account, Role, policyArn, ct);

        await seed.CreateBucketAsync(Account, PolicyBucket, ct: ct);
        await seed.PutBucketPolicyAsync(Account, PolicyBucket, BucketPolicy, ct);
        await seed.CreateBucketAsync(Account, PlainBucket, PlainBucketRegion, ct);

        // moto wants the bare bucket ARN as the destination (a path is taken for part of the name).
        var flowLog = await Ec2Async(moto, FlowLogRegion, "CreateFlowLogs", ct,
            ("ResourceId.1", vpcs[FlowLogRegion]), ("ResourceType", "VPC"), ("TrafficType", "ALL"),
            ("LogDestinationType", "s3"), ("LogDestination", $"arn:aws:s3:::{PolicyBucket}"));
        var volume = await Ec2Async(moto, "us-east-1", "CreateVolume", ct, ("AvailabilityZone", "us-east-1a"), ("Size", "8"));
        var snapshot = await Ec2Async(moto, "us-east-1", "CreateSnapshot", ct, ("VolumeId", Text(volume, "volumeId")));

        var functionArn = await seed.CreateFunctionAsync(Account, FunctionRegion, Function, roleArn, ct);
        using (var permission = JsonContent.Create(new JsonObject
        {
            ["StatementId"] = "allow-s3",
            ["Action"] = "lambda:InvokeFunction",
            ["Principal"] = "s3.amazonaws.com",
            ["SourceArn"] = $"arn:aws:s3:::{PolicyBucket}",
        }))
        {
            await moto.Raw.RestAsync(Account, "lambda", FunctionRegion, HttpMethod.Post, $"/2015-03-31/functions/{Function}/policy", permission, ct);
        }

        var keyId = await seed.CreateKeyAsync(Account, KeyRegion, ct);
        return new SeededAccount(
            instances, vpcs, groups, Text(flowLog, "item"), Text(snapshot, "snapshotId"), roleArn, policyArn, functionArn, keyId);
    }

    private static Task<string> Ec2Async(MotoServer moto, string region, string action, CancellationToken ct, params (string Name, string Value)[] parameters) =>
        moto.Raw.QueryAsync(Account, "ec2", region, Ec2Version, action, parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)), ct);

    private static string Text(string xml, string localName) =>
        XDocument.Parse(xml).Descendants().FirstOrDefault(e => e.Name.LocalName == localName)?.Value
        ?? throw new InvalidOperationException($"No <{localName}> in moto's answer: {xml}");
}
