using System.Text.Json.Nodes;
using Inventory.Testing.Aws;

namespace Inventory.Aws.Tests.Client;

/// <summary>Each protocol end to end against moto: one document model, lists from the model.</summary>
public sealed class AwsClientProtocolTests(MotoFixture moto) : ProxiedMoto(moto), IClassFixture<MotoFixture>
{
    private const string Account = MotoCredentials.ManagementAccountId;

    [Fact]
    public async Task Ec2ReturnsModelNamesAndKeepsAOneInstanceListAList()
    {
        var ids = await Moto.Seed.RunInstancesAsync(Account, "eu-west-1", 1, Cancel);

        var result = await Client().InvokeAsync("ec2", "eu-west-1", "DescribeInstances", null, Cancel);

        var output = Assert.IsType<JsonObject>(result.Output);
        var reservation = Assert.Single(Assert.IsType<JsonArray>(output["Reservations"]));
        var instance = Assert.Single(Assert.IsType<JsonArray>(reservation!["Instances"]));
        Assert.Equal(ids[0], (string)instance!["InstanceId"]!);
        Assert.True(instance["LaunchTime"]!.AsValue().TryGetValue<DateTimeOffset>(out _));
        Assert.IsType<JsonArray>(instance["SecurityGroups"]);
        Assert.Contains(Proxy.Calls, call => call is { Service: "ec2", Action: "DescribeInstances", Region: "eu-west-1" });
    }

    [Fact]
    public async Task Ec2FiltersSerializeAsTheProtocolWantsThem()
    {
        await Moto.Seed.RunInstancesAsync(Account, "us-east-1", 2, Cancel);
        var vpc = await Moto.Seed.CreateVpcAsync(Account, "us-east-1", "10.9.0.0/16", Cancel);

        var input = new JsonObject { ["Filters"] = new JsonArray(new JsonObject { ["Name"] = "vpc-id", ["Values"] = new JsonArray(vpc) }) };
        var result = await Client().InvokeAsync("ec2", "us-east-1", "DescribeVpcs", input, Cancel);

        var only = Assert.Single(result.Output!["Vpcs"]!.AsArray());
        Assert.Equal(vpc, (string)only!["VpcId"]!);
        Assert.Equal("10.9.0.0/16", (string)only["CidrBlock"]!);
    }

    [Fact]
    public async Task QueryProtocolListsIamUsers()
    {
        await Moto.Seed.CreateUserAsync(Account, "alice", Cancel);

        var result = await Client().InvokeAsync("iam", "eu-west-1", "ListUsers", null, Cancel);

        var user = Assert.Single(result.Output!["Users"]!.AsArray());
        Assert.Equal("alice", (string)user!["UserName"]!);
        Assert.Equal($"arn:aws:iam::{Account}:user/alice", (string)user["Arn"]!);
        Assert.False((bool)result.Output["IsTruncated"]!);
        // IAM is global: called from eu-west-1, it is signed for us-east-1.
        Assert.Contains(Proxy.Calls, call => call is { Service: "iam", Action: "ListUsers", Region: "us-east-1" });
    }

    [Fact]
    public async Task JsonProtocolListsQueues()
    {
        await Moto.Seed.CreateQueueAsync(Account, "eu-central-1", "orders", Cancel);

        var result = await Client().InvokeAsync("sqs", "eu-central-1", "ListQueues", null, Cancel);

        var url = (string)Assert.Single(result.Output!["QueueUrls"]!.AsArray())!;
        Assert.EndsWith("/orders", url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestXmlReturnsTheBucketPolicyDocument()
    {
        const string policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::ledger/*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}""";
        await Moto.Seed.CreateBucketAsync(Account, "ledger", "us-east-1", Cancel);
        await Moto.Seed.PutBucketPolicyAsync(Account, "ledger", policy, Cancel);

        var result = await Client().InvokeAsync("s3", "us-east-1", "GetBucketPolicy", new JsonObject { ["Bucket"] = "ledger" }, Cancel);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(policy), JsonNode.Parse((string)result.Output!["Policy"]!)));
    }

    [Fact]
    public async Task RestXmlListsBucketsAsAListEvenForOne()
    {
        await Moto.Seed.CreateBucketAsync(Account, "solo", "us-east-1", Cancel);

        var result = await Client().InvokeAsync("s3", "us-east-1", "ListBuckets", null, Cancel);

        var bucket = Assert.Single(result.Output!["Buckets"]!.AsArray());
        Assert.Equal("solo", (string)bucket!["Name"]!);
        Assert.True(bucket["CreationDate"]!.AsValue().TryGetValue<DateTimeOffset>(out _));
    }

    [Fact]
    public async Task RestJsonCarriesUriLabelsAndReportsMissingResources()
    {
        var result = await Client().InvokeAsync("lambda", "us-west-2", "GetPolicy", new JsonObject { ["FunctionName"] = "does-not-exist" }, Cancel);

        Assert.False(result.Succeeded);
        Assert.Equal("ResourceNotFoundException", result.Error!.Code);
        Assert.Equal(404, result.Error.StatusCode);
        Assert.Contains(Proxy.Calls, call => call.Service == "lambda" && call.Action.StartsWith("GET /2015-03-31/functions/does-not-exist/policy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task KmsKeysAreDescribedWithEpochTimestampsAsDates()
    {
        var keyId = await Moto.Seed.CreateKeyAsync(Account, "ap-southeast-2", Cancel);

        var result = await Client().InvokeAsync("kms", "ap-southeast-2", "DescribeKey", new JsonObject { ["KeyId"] = keyId }, Cancel);

        var metadata = result.Output!["KeyMetadata"]!;
        Assert.Equal(keyId, (string)metadata["KeyId"]!);
        var created = metadata["CreationDate"]!.AsValue().GetValue<DateTimeOffset>();
        Assert.InRange(created, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1));
    }
}
