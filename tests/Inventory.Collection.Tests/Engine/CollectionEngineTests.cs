using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Inventory.Collection.Records;
using Inventory.Collection.Tests.Records;

namespace Inventory.Collection.Tests.Engine;

/// <summary>
/// The engine against moto, field by field against AWS Recon's record format
/// (notes/aws-recon-format.md §1.1, §1.2, §1.6): EC2 in three regions, IAM, S3, Lambda, KMS.
/// </summary>
public sealed partial class CollectionEngineTests(CollectedInventory inventory) : IClassFixture<CollectedInventory>
{
    private const string Account = SeededAccount.Account;

    private SeededAccount Seeded => inventory.Seeded;

    [Fact]
    public void Ec2IsCollectedInTheRequestedRegionsAndNowhereElse()
    {
        var ec2 = inventory.Records.Where(r => r.Service == "EC2").ToList();

        Assert.Equal(["ap-southeast-2", "eu-west-1", "global", "us-east-1"], ec2.Select(r => r.Region).Distinct().Order());
        foreach (var region in EngineRun.Regions)
        {
            var instances = ec2.Where(r => r.Region == region && r.AssetType == "instance").Select(r => (string?)r.Data["instance_id"]);
            Assert.Equal(Seeded.Instances[region].Order(), instances.Order());
            Assert.Single(ec2, r => r.Region == region && r.AssetType == "ebs_encryption_settings");
        }

        // Calls went to the requested regions only (global EC2 is called in us-east-1).
        var called = inventory.Proxy.Calls.Where(c => c.Service == "ec2").Select(c => c.Region).Distinct().Order();
        Assert.Equal(["ap-southeast-2", "eu-west-1", "us-east-1"], called);
    }

    [Fact]
    public void AnInstanceRecordIsAwsRecons()
    {
        var id = Seeded.Instances["eu-west-1"][0];
        var record = inventory.Named($"arn:aws:ec2:eu-west-1:{Account}:instance/{id}");

        Assert.Equal((Account, "EC2", "eu-west-1", "instance"), (record.Account, record.Service, record.Region, record.AssetType));
        var data = record.Data;
        Assert.Equal(id, (string?)data["instance_id"]);
        Assert.Matches(ReservationId(), (string?)data["reservation_id"]);
        Assert.Matches(UtcTime(), (string?)data["launch_time"]);
        Assert.IsType<JsonArray>(data["security_groups"]);
        Assert.Equal("t3.micro", (string?)data["instance_type"]);
        Assert.Equal("running", (string?)data["state"]!["name"]);
        Assert.Equal("eu-west-1a", (string?)data["placement"]!["availability_zone"]);
        Assert.Equal("instance", (string?)data["type"]);
        Assert.Equal(record.Name, (string?)data["arn"]);
        // Raw members first, then the keys AWS Recon's collector adds, in its order.
        Assert.Equal(["type", "arn", "reservation_id"], data.Select(p => p.Key).TakeLast(3));
        AssertSnakeCase(data);
    }

    [Fact]
    public void InstancesOfOneReservationShareItsId()
    {
        var reservations = inventory.Of("EC2", "instance").Where(r => r.Region == "ap-southeast-2")
            .Select(r => (string?)r.Data["reservation_id"]).Distinct();

        Assert.Single(reservations);
    }

    [Fact]
    public void VpcRecordsCarryTheirFlowLog()
    {
        var vpc = inventory.Named($"arn:aws:ec2:us-east-1:{Account}:vpc/{Seeded.Vpcs["us-east-1"]}");

        Assert.Equal((Account, "EC2", "us-east-1", "vpc"), (vpc.Account, vpc.Service, vpc.Region, vpc.AssetType));
        Assert.Equal(Seeded.Vpcs["us-east-1"], (string?)vpc.Data["vpc_id"]);
        Assert.Equal("10.10.0.0/16", (string?)vpc.Data["cidr_block"]);
        Assert.False((bool)vpc.Data["is_default"]!);
        var flowLog = Assert.IsType<JsonObject>(vpc.Data["flow_logs"]);
        Assert.Equal(Seeded.FlowLogId, (string?)flowLog["flow_log_id"]);
        Assert.Equal(Seeded.Vpcs["us-east-1"], (string?)flowLog["resource_id"]);
        Assert.Matches(UtcTime(), (string?)flowLog["creation_time"]);
        Assert.Equal(["type", "arn", "flow_logs"], vpc.Data.Select(p => p.Key).TakeLast(3));
    }

    [Fact]
    public void VpcRecordsWithoutAFlowLogStillHaveTheKey()
    {
        // AWS Recon writes {} here: the hash of no flow log (nil.to_h).
        var vpc = inventory.Named($"arn:aws:ec2:eu-west-1:{Account}:vpc/{Seeded.Vpcs["eu-west-1"]}");

        Assert.Empty(Assert.IsType<JsonObject>(vpc.Data["flow_logs"]));
    }

    [Fact]
    public void FlowLogsAreAlsoRecordsOfTheirOwn()
    {
        var flowLog = inventory.Named($"arn:aws:ec2:us-east-1:{Account}:flow_log/{Seeded.FlowLogId}");

        Assert.Equal("flow_log", flowLog.AssetType);
        Assert.Equal($"arn:aws:s3:::{SeededAccount.PolicyBucket}", (string?)flowLog.Data["log_destination"]);
    }

    [Fact]
    public void SecurityGroupsHaveAwsReconsSyntheticArn()
    {
        foreach (var region in EngineRun.Regions)
        {
            var id = Seeded.SecurityGroups[region];
            var group = inventory.Named($"arn:aws:ec2:{region}:{Account}:security_group/{id}");

            Assert.Equal((region, "security_group"), (group.Region, group.AssetType));
            Assert.Equal(id, (string?)group.Data["group_id"]);
            Assert.Equal(Seeded.Vpcs[region], (string?)group.Data["vpc_id"]);
            Assert.Equal($"recon-sg-{region}", (string?)group.Data["group_name"]);
            Assert.Equal(group.Name, (string?)group.Data["arn"]);
            Assert.IsType<JsonArray>(group.Data["ip_permissions_egress"]);
        }
    }

    [Fact]
    public void SnapshotsCarryTheirVolumePermissions()
    {
        var snapshot = inventory.Named($"arn:aws:ec2:us-east-1:{Account}:snapshot/{Seeded.SnapshotId}");

        Assert.Equal(Seeded.SnapshotId, (string?)snapshot.Data["snapshot_id"]);
        Assert.Matches(UtcTime(), (string?)snapshot.Data["start_time"]);
        Assert.IsType<JsonArray>(snapshot.Data["create_volume_permissions"]);
    }

    [Fact]
    public void TheGlobalEc2RecordIsTheAccountsAttributes()
    {
        var account = inventory.Named($"arn:aws:ec2::{Account}:attributes/account_attributes");

        Assert.Equal(("EC2", "global", "account"), (account.Service, account.Region, account.AssetType));
        // AWS Recon's collector names this list "attributes", not the API's member name.
        Assert.False(account.Data.ContainsKey("account_attributes"));
        var attributes = Assert.IsType<JsonArray>(account.Data["attributes"]);
        Assert.Contains(attributes, a => (string?)a!["attribute_name"] == "max-instances");
    }

    [Fact]
    public void ARoleRecordHasItsPoliciesAsObjects()
    {
        var role = inventory.Named(Seeded.RoleArn);

        Assert.Equal((Account, "IAM", "global", "role"), (role.Account, role.Service, role.Region, role.AssetType));
        Assert.Equal(SeededAccount.Role, (string?)role.Data["role_name"]);
        Assert.Matches(UtcTime(), (string?)role.Data["create_date"]);
        var trust = Assert.IsType<JsonObject>(role.Data["assume_role_policy_document"]);
        AssertJson(SeededAccount.TrustPolicy, trust);
        var inline = Assert.Single(Assert.IsType<JsonArray>(role.Data["role_policy_list"]))!;
        Assert.Equal(SeededAccount.InlinePolicy, (string?)inline["policy_name"]);
        AssertJson(SeededAccount.InlinePolicyDocument, Assert.IsType<JsonObject>(inline["policy_document"]));
        var attached = Assert.Single(Assert.IsType<JsonArray>(role.Data["attached_managed_policies"]))!;
        Assert.Equal(Seeded.PolicyArn, (string?)attached["policy_arn"]);
        Assert.Equal("role", (string?)role.Data["type"]);
    }

    [Fact]
    public void APolicyRecordHasItsVersionsDocumentsAsObjects()
    {
        var policy = inventory.Named(Seeded.PolicyArn);

        Assert.Equal(("IAM", "global", "policy"), (policy.Service, policy.Region, policy.AssetType));
        // moto leaves PolicyName and PolicyId out of GetAccountAuthorizationDetails' Policies.
        Assert.Equal(Seeded.PolicyArn, (string?)policy.Data["arn"]);
        Assert.Equal("v1", (string?)policy.Data["default_version_id"]);
        Assert.Equal(1L, (long)policy.Data["attachment_count"]!);
        var version = Assert.Single(Assert.IsType<JsonArray>(policy.Data["policy_version_list"]))!;
        Assert.True((bool)version["is_default_version"]!);
        AssertJson(SeededAccount.ManagedPolicyDocument, Assert.IsType<JsonObject>(version["document"]));
    }

    [Fact]
    public void UserRecordsCarryTheirFollowUps()
    {
        var users = inventory.Of("IAM", "user");

        Assert.Equal([$"arn:aws:iam::{Account}:user/{SeededAccount.User}", $"arn:aws:iam::{Account}:user/{SeededAccount.OtherUser}"],
            users.Select(u => u.Name).Order());
        Assert.All(users, user =>
        {
            Assert.Equal("global", user.Region);
            Assert.IsType<JsonArray>(user.Data["mfa_devices"]);
            Assert.IsType<JsonArray>(user.Data["ssh_keys"]);
            Assert.IsType<JsonArray>(user.Data["user_policy_list"]);
        });
    }

    [Fact]
    public void TheAccountSummaryKeepsIamsKeys()
    {
        var summary = inventory.Named($"arn:aws:iam::{Account}:account_summary/global");

        Assert.Equal("account_summary", summary.AssetType);
        Assert.Equal(2L, (long)summary.Data["Users"]!);
        Assert.Equal(1L, (long)summary.Data["Roles"]!);
        Assert.Equal(1L, (long)summary.Data["Policies"]!);
        Assert.True(summary.Data.ContainsKey("AccountMFAEnabled"));
        Assert.Equal("account_summary", (string?)summary.Data["type"]);
    }

    [Fact]
    public void BucketRecordsHaveTheirLocationAndPolicy()
    {
        var withPolicy = inventory.Named($"arn:aws:s3:::{SeededAccount.PolicyBucket}");
        var plain = inventory.Named($"arn:aws:s3:::{SeededAccount.PlainBucket}");

        Assert.Equal((Account, "S3", "global", "bucket"), (withPolicy.Account, withPolicy.Service, withPolicy.Region, withPolicy.AssetType));
        Assert.Equal(SeededAccount.PolicyBucket, (string?)withPolicy.Data["name"]);
        Assert.Matches(UtcTime(), (string?)withPolicy.Data["creation_date"]);
        Assert.Equal("us-east-1", (string?)withPolicy.Data["location"]);
        Assert.Equal(SeededAccount.PlainBucketRegion, (string?)plain.Data["location"]);
        var policy = Assert.IsType<JsonObject>(withPolicy.Data["policy"]);
        AssertJson(SeededAccount.BucketPolicy, policy);
        Assert.Equal("Read+list 100%", (string?)policy["Statement"]![0]!["Sid"]);
        Assert.False(plain.Data.ContainsKey("policy"));
        Assert.IsType<JsonObject>(plain.Data["acl"]!["owner"]);
        Assert.IsType<JsonArray>(plain.Data["acl"]!["grants"]);
    }

    [Fact]
    public void BucketFollowUpsGoToTheBucketsRegion()
    {
        var calls = inventory.Proxy.Calls.Where(c => c.Service == "s3" && c.Action.Contains(SeededAccount.PlainBucket, StringComparison.Ordinal)).ToList();

        // GetBucketLocation is asked in us-east-1; the rest follow the answer.
        Assert.Single(calls, c => c.Region == "us-east-1");
        Assert.True(calls.Count(c => c.Region == SeededAccount.PlainBucketRegion) >= 10, string.Join(", ", calls));
    }

    [Fact]
    public void AFunctionRecordHasItsResourcePolicy()
    {
        var function = inventory.Named(Seeded.FunctionArn);

        Assert.Equal((Account, "Lambda", SeededAccount.FunctionRegion, "function"), (function.Account, function.Service, function.Region, function.AssetType));
        Assert.Equal($"arn:aws:lambda:{SeededAccount.FunctionRegion}:{Account}:function:{SeededAccount.Function}", function.Name);
        Assert.Equal(function.Name, (string?)function.Data["function_arn"]);
        Assert.Equal(SeededAccount.Function, (string?)function.Data["function_name"]);
        Assert.Equal(Seeded.RoleArn, (string?)function.Data["role"]);
        var policy = Assert.IsType<JsonObject>(function.Data["policy"]);
        // The document as Lambda wrote it: no snake_case, no timestamp reading of "2012-10-17".
        Assert.Equal("2012-10-17", (string?)policy["Version"]);
        var statement = Assert.Single(policy["Statement"]!.AsArray())!;
        Assert.Equal("allow-s3", (string?)statement["Sid"]);
        Assert.Equal($"arn:aws:s3:::{SeededAccount.PolicyBucket}", (string?)statement["Condition"]!["ArnLike"]!["AWS:SourceArn"]);
    }

    [Fact]
    public void AKeyRecordHasItsMetadataRotationAndPolicy()
    {
        var key = inventory.Named($"arn:aws:kms:{SeededAccount.KeyRegion}:{Account}:key/{Seeded.KeyId}");

        Assert.Equal((Account, "KMS", SeededAccount.KeyRegion, "key"), (key.Account, key.Service, key.Region, key.AssetType));
        Assert.Equal(Seeded.KeyId, (string?)key.Data["key_id"]);
        // AWS Recon's record is DescribeKey's KeyMetadata itself, not ListKeys' entry.
        Assert.Equal(Account, (string?)key.Data["aws_account_id"]);
        Assert.Equal("Enabled", (string?)key.Data["key_state"]);
        Assert.True((bool)key.Data["enabled"]!);
        Assert.Equal("CUSTOMER", (string?)key.Data["key_manager"]);
        Assert.Equal(key.Name, (string?)key.Data["arn"]);
        // KMS speaks JSON with epoch timestamps: AWS Recon writes those with a numeric zone.
        Assert.Matches(NumericZoneTime(), (string?)key.Data["creation_date"]);
        Assert.Equal(JsonValueKind.False, key.Data["rotation_enabled"]!.GetValueKind());
        Assert.Equal("2012-10-17", (string?)Assert.IsType<JsonObject>(key.Data["policy"])["Version"]);
        Assert.IsType<JsonArray>(key.Data["grants"]);
        Assert.IsType<JsonArray>(key.Data["aliases"]);
        Assert.False(key.Data.ContainsKey("metadata"));
        Assert.False(key.Data.ContainsKey("key_arn"));
        Assert.Equal(["type", "rotation_enabled", "grants", "policy", "aliases"], key.Data.Select(p => p.Key).Where(k => k is "type" or "rotation_enabled" or "grants" or "policy" or "aliases"));
    }

    [Fact]
    public void RegionalServicesOnlyAppearWhereTheirResourcesAre()
    {
        Assert.Equal([SeededAccount.FunctionRegion], inventory.Of("Lambda", "function").Select(r => r.Region));
        Assert.Equal([SeededAccount.KeyRegion], inventory.Of("KMS", "key").Select(r => r.Region));
        Assert.All(inventory.Records.Where(r => r.Service is "IAM" or "S3"), r => Assert.Equal("global", r.Region));
    }

    [Fact]
    public void ACustomLineHasExactlyAwsReconsTopLevelKeys()
    {
        var record = inventory.Named($"arn:aws:ec2:eu-west-1:{Account}:instance/{Seeded.Instances["eu-west-1"][0]}");

        using var line = JsonDocument.Parse(InventoryRecordTests.Write(record, OutputFormat.Custom));
        var root = line.RootElement;

        Assert.Equal(["account", "name", "service", "region", "asset_type", "resource", "timestamp"], InventoryRecordTests.Keys(root));
        Assert.Equal(Account, root.GetProperty("account").GetString());
        Assert.Equal(record.Name, root.GetProperty("name").GetString());
        Assert.Equal("EC2", root.GetProperty("service").GetString());
        Assert.Equal("eu-west-1", root.GetProperty("region").GetString());
        Assert.Equal("instance", root.GetProperty("asset_type").GetString());
        Assert.Equal(["data", "version"], InventoryRecordTests.Keys(root.GetProperty("resource")));
        Assert.Equal("v1", root.GetProperty("resource").GetProperty("version").GetString());
        Assert.Equal("instance", root.GetProperty("resource").GetProperty("data").GetProperty("type").GetString());
        Assert.Equal(record.Name, root.GetProperty("resource").GetProperty("data").GetProperty("arn").GetString());
        Assert.Matches(UtcTime(), root.GetProperty("timestamp").GetString());
    }

    [Fact]
    public async Task TheRecordsMakeAnNdjsonFileOfCustomLines()
    {
        var run = inventory.Run;
        var ct = TestContext.Current.CancellationToken;
        var channel = Channel.CreateUnbounded<InventoryRecord>();
        foreach (var record in run.Records)
        {
            await channel.Writer.WriteAsync(record, ct);
        }

        channel.Writer.Complete();
        using var file = new MemoryStream();

        var written = await RecordFileWriter.WriteAsync(channel.Reader, file, OutputFormat.Custom, jsonLines: true, ct);

        Assert.Equal(run.Records.Count, written);
        file.Position = 0;
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var lines = (await reader.ReadToEndAsync(ct)).Split('\n');
        Assert.Equal(run.Records.Count, lines.Length);
        Assert.All(lines, line =>
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal(["account", "name", "service", "region", "asset_type", "resource", "timestamp"], InventoryRecordTests.Keys(json.RootElement));
        });
        Assert.Equal(run.Records.Select(r => r.Name).Order(), lines.Select(line => (string?)JsonNode.Parse(line)!["name"]).Order());
    }

    [Fact]
    public void EveryRecordNamesItselfAndItsType()
    {
        Assert.All(inventory.Records, record =>
        {
            Assert.Equal(Account, record.Account);
            Assert.Equal(record.AssetType, (string?)record.Data["type"]);
            Assert.StartsWith("arn:aws:", record.Name, StringComparison.Ordinal);
            Assert.Equal(record.Name, (string?)record.Data["arn"]);
        });
        Assert.Equal(inventory.Records.Count, inventory.Records.Select(r => r.Name).Distinct().Count());
    }

    [Fact]
    public void TheReportCountsWhatWasCollected()
    {
        var report = inventory.Run.Report;

        Assert.Equal(["EC2", "IAM", "KMS", "Lambda", "S3"], report.Resources.Keys);
        Assert.All(report.Resources.Values, count => Assert.True(count > 0));
        foreach (var (service, count) in report.Resources)
        {
            Assert.Equal(inventory.Records.Count(r => r.Service == service), count);
        }

        Assert.Equal(inventory.Records.Count, report.ResourceCount);
        // Global: EC2 account attributes, IAM, S3; per region: EC2, Lambda, KMS.
        Assert.Equal(3 + (3 * EngineRun.Regions.Count), report.WorkItems);
    }

    [Fact]
    public void NothingMotoAnswersIsAnErrorOfTheRun()
    {
        // moto answers every call of these five services; "none" answers (NoSuchBucketPolicy,
        // ServerSideEncryptionConfigurationNotFoundError, NoSuchEntity for the password policy, …)
        // are the catalog's "absent" codes, which are not errors.
        Assert.Empty(inventory.Run.Report.Errors);
        Assert.Equal(0, inventory.Run.Report.FailedWorkItems);
        Assert.Contains(inventory.Proxy.Calls, c => c.Service == "s3" && c.StatusCode == 404);
        Assert.Contains(inventory.Proxy.Calls, c => c.Action == "GetAccountPasswordPolicy" && c.StatusCode == 404);
    }

    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {expected}, got {actual?.ToJsonString()}");

    private static void AssertSnakeCase(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    Assert.Matches(SnakeKey(), key);
                    AssertSnakeCase(child);
                }

                break;
            case JsonArray list:
                foreach (var element in list)
                {
                    AssertSnakeCase(element);
                }

                break;
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$")]
    private static partial Regex UtcTime();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+0000$")]
    private static partial Regex NumericZoneTime();

    [GeneratedRegex("^r-[0-9a-f]+$")]
    private static partial Regex ReservationId();

    [GeneratedRegex("^[a-z0-9_]+$")]
    private static partial Regex SnakeKey();
}
