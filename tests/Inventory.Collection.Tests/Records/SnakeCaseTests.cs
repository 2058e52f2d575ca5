using Inventory.Collection.Records;

namespace Inventory.Collection.Tests.Records;

/// <summary>The Ruby SDK's underscore rule (Aws::Util / Seahorse::Util.underscore), on real model member names.</summary>
public sealed class SnakeCaseTests
{
    [Theory]
    [InlineData("InstanceId", "instance_id")]
    [InlineData("VpcId", "vpc_id")]
    [InlineData("DBInstanceIdentifier", "db_instance_identifier")]
    [InlineData("Ipv6CidrBlock", "ipv_6_cidr_block")]
    [InlineData("Ipv6CidrBlockAssociationSet", "ipv_6_cidr_block_association_set")]
    [InlineData("KMSKeyId", "kms_key_id")]
    [InlineData("AutoScalingGroupARN", "auto_scaling_group_arn")]
    [InlineData("S3BucketName", "s3_bucket_name")]
    [InlineData("SSEKMSKeyId", "ssekms_key_id")]
    [InlineData("MFADevices", "mfa_devices")]
    [InlineData("SSHPublicKeys", "ssh_public_keys")]
    [InlineData("IsMultiRegionTrail", "is_multi_region_trail")]
    [InlineData("CloudWatchLogsLogGroupArn", "cloud_watch_logs_log_group_arn")]
    [InlineData("UserIdGroupPairs", "user_id_group_pairs")]
    [InlineData("HttpProtocolIpv6", "http_protocol_ipv_6")]
    [InlineData("CodeSha256", "code_sha_256")]
    [InlineData("TTL", "ttl")]
    [InlineData("type", "type")]
    [InlineData("reservation_id", "reservation_id")]
    public void RegularNames(string member, string ruby) => Assert.Equal(ruby, SnakeCase.Convert(member));

    [Theory]
    [InlineData("PolicyARNs", "policy_arns")]
    [InlineData("TopicARNs", "topic_arns")]
    [InlineData("CNAMEs", "cnames")]
    [InlineData("ETag", "etag")]
    [InlineData("Ec2InstanceId", "ec2_instance_id")]
    [InlineData("Ec2SecurityGroupOwnerId", "ec2_security_group_owner_id")]
    [InlineData("ElastiCacheNodeType", "elasticache_node_type")]
    [InlineData("iSCSIAttributes", "iscsi_attributes")]
    public void IrregularWordsAreReplacedFirst(string member, string ruby) => Assert.Equal(ruby, SnakeCase.Convert(member));

    [Fact]
    public void RepeatedCallsAgree() =>
        Assert.Equal(SnakeCase.Convert("DBClusterSnapshotArn"), SnakeCase.Convert("DBClusterSnapshotArn"));
}
