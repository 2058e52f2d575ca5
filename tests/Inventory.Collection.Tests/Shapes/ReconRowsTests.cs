using System.Text.Json.Nodes;

namespace Inventory.Collection.Tests.Shapes;

/// <summary>
/// The asset types a side-by-side run of AWS Recon 0.5.33 and this runner found not drop-in (issue 9),
/// value by value: each record holds what AWS Recon writes, where it writes it.
/// </summary>
[Collection(nameof(ReconAccount))]
public sealed class ReconRowsTests(ReconAccount account)
{
    private const string Account = ReconAccountSeed.Account;
    private const string Region = ReconAccountSeed.Region;

    private ReconAccountSeed Seed => account.Seed;

    [Fact]
    public void DynamoDbLimitsAreNamedAsAwsReconNamesThem()
    {
        var limits = Assert.Single(account.Of("DynamoDB", "limits"));

        Assert.Equal($"arn:aws:dynamodb:{Region}:{Account}/limits", limits.Name);
        Assert.Equal(limits.Name, (string?)limits.Data["arn"]);
    }

    [Fact]
    public void AKmsKeyIsItsKeyMetadata()
    {
        var key = Assert.Single(account.Of("KMS", "key"), r => (string?)r.Data["key_id"] == Seed.KeyId);

        Assert.Equal($"arn:aws:kms:{Region}:{Account}:key/{Seed.KeyId}", (string?)key.Data["arn"]);
        Assert.Equal("Enabled", (string?)key.Data["key_state"]);
        Assert.Null(key.Data["metadata"]);
        Assert.False(key.Data.ContainsKey("key_arn"));
    }

    [Fact]
    public void AnElbv2TargetGroupsHealthIsInRubyNames()
    {
        var lb = Assert.Single(account.Of("ElasticLoadBalancingV2", "load_balancer"));
        var group = Assert.Single(lb.Data["target_groups"]!.AsArray())!;
        var health = Assert.Single(group["health_descriptions"]!.AsArray())!;

        Assert.Equal(Seed.InstanceId, (string?)health["target"]!["id"]);
        Assert.Equal(80L, (long)health["target"]!["port"]!);
        Assert.Equal("healthy", (string?)health["target_health"]!["state"]);
        Assert.Contains(lb.Data["attributes"]!.AsArray(), a => (string?)a!["key"] == "deletion_protection.enabled" && (string?)a["value"] == "false");
    }

    [Fact]
    public void AnS3BucketsLoggingIsTheTargetAndNoPolicyStatusIsAnEmptyObject()
    {
        var logged = Assert.Single(account.Of("S3", "bucket"), r => r.Name == $"arn:aws:s3:::{ReconAccountSeed.LoggedBucket}");
        var plain = Assert.Single(account.Of("S3", "bucket"), r => r.Name == $"arn:aws:s3:::{ReconAccountSeed.LogBucket}");

        Assert.Equal(ReconAccountSeed.LogBucket, (string?)logged.Data["logging"]!["target_bucket"]);
        Assert.Equal(ReconAccountSeed.LogPrefix, (string?)logged.Data["logging"]!["target_prefix"]);
        Assert.Empty(Assert.IsType<JsonObject>(plain.Data["logging"]));
        Assert.Empty(Assert.IsType<JsonObject>(plain.Data["public"]));
        // The ListBuckets struct's members are all there; moto sends no BucketRegion.
        Assert.True(plain.Data.ContainsKey("bucket_region"));
        Assert.Null(plain.Data["bucket_region"]);
    }

    [Fact]
    public void AnSesIdentityCarriesItsOwnDkimAttributes()
    {
        // moto's SESv2 shares SES's identities: the SESv2 seed's identity is listed here too.
        var identity = Assert.Single(account.Of("SES", "identity"), r => r.Name == $"arn:aws:ses:{Region}:{Account}:identity/{ReconAccountSeed.Domain}");
        var dkim = Assert.IsType<JsonObject>(identity.Data["dkim_attributes"]);

        Assert.Equal($"arn:aws:ses:{Region}:{Account}:identity/{ReconAccountSeed.Domain}", identity.Name);
        Assert.True((bool)dkim["dkim_enabled"]!);
        Assert.Equal("Success", (string?)dkim["dkim_verification_status"]);
        Assert.False(dkim.ContainsKey(ReconAccountSeed.Domain));
    }

    [Fact]
    public void SqsAndSnsPoliciesAreParsedUnderAwsReconsKeys()
    {
        var queue = Assert.Single(account.Of("SQS", "queue"));
        var topic = Assert.Single(account.Of("SNS", "topic"), r => r.Name!.EndsWith(":" + ReconAccountSeed.Topic, StringComparison.Ordinal));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ReconAccountSeed.QueuePolicy), queue.Data["policy"]));
        Assert.False(queue.Data.ContainsKey("Policy"));
        Assert.Equal(queue.Name, (string?)queue.Data["QueueArn"]);
        Assert.IsType<JsonArray>(topic.Data["policy"]!["Statement"]);
        Assert.IsType<JsonObject>(topic.Data["effective_delivery_policy"]);
        Assert.False(topic.Data.ContainsKey("Policy") || topic.Data.ContainsKey("EffectiveDeliveryPolicy"));
    }

    [Fact]
    public void AStacksTemplateIsUnderAwsReconsKey()
    {
        var stack = Assert.Single(account.Of("CloudFormation", "stack"));

        Assert.Contains("AWS::SNS::Topic", (string?)stack.Data["tempate"]!["template_body"], StringComparison.Ordinal);
    }

    [Fact]
    public void TheEc2AccountRecordAndAVpcWithoutFlowLogsAreAwsRecons()
    {
        var ec2 = Assert.Single(account.Of("EC2", "account"));
        var vpc = Assert.Single(account.Of("EC2", "vpc"), r => (string?)r.Data["vpc_id"] == Seed.DefaultVpcId);

        Assert.Contains(ec2.Data["attributes"]!.AsArray(), a => (string?)a!["attribute_name"] == "max-instances");
        Assert.Empty(Assert.IsType<JsonObject>(vpc.Data["flow_logs"]));
    }
}
