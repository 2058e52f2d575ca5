using System.Text.Json.Nodes;
using Inventory.Aws.Model;
using Inventory.Collection.Records;

namespace Inventory.Collection.Tests.Records;

/// <summary>Answers become record data with the embedded API models' shapes deciding what is a key.</summary>
public sealed class RecordDataTests
{
    private static readonly DateTimeOffset Launched = new(2026, 3, 7, 11, 22, 39, 500, TimeSpan.Zero);

    [Fact]
    public void StructureMembersAreSnakeCasedAtEveryDepth()
    {
        var vpc = JsonNode.Parse("""
            {"VpcId":"vpc-1","CidrBlock":"10.0.0.0/16","IsDefault":false,
             "Ipv6CidrBlockAssociationSet":[{"Ipv6CidrBlock":"2001:db8::/56","AssociationId":"a-1","Ipv6CidrBlockState":{"State":"associated"}}],
             "Tags":[{"Key":"Name","Value":"main"}]}
            """)!;

        var data = RecordData.From(vpc, Output("ec2", "DescribeVpcs", "Vpcs"), numericZone: false)!;

        Assert.Equal("""
            {"vpc_id":"vpc-1","cidr_block":"10.0.0.0/16","is_default":false,"ipv_6_cidr_block_association_set":[{"ipv_6_cidr_block":"2001:db8::/56","association_id":"a-1","ipv_6_cidr_block_state":{"state":"associated"}}],"tags":[{"key":"Name","value":"main"}]}
            """.Trim(), data.ToJsonString());
    }

    [Fact]
    public void MapKeysAreKeptAsAwsSentThem()
    {
        var summary = new JsonObject { ["SummaryMap"] = new JsonObject { ["Users"] = 2, ["AccountMFAEnabled"] = 0, ["PolicyVersionsInUse"] = 1 } };

        var data = RecordData.From(summary, ServiceModels.Get("iam").Operation("GetAccountSummary").Output, numericZone: false)!;

        Assert.Equal("""{"summary_map":{"Users":2,"AccountMFAEnabled":0,"PolicyVersionsInUse":1}}""", data.ToJsonString());
    }

    [Fact]
    public void SqsAttributeMapsKeepTheirPascalCaseKeys()
    {
        var answer = new JsonObject { ["Attributes"] = new JsonObject { ["QueueArn"] = "arn:aws:sqs:us-east-1:1:q", ["ApproximateNumberOfMessages"] = "0" } };

        var data = RecordData.From(answer, ServiceModels.Get("sqs").Operation("GetQueueAttributes").Output, numericZone: true)!;

        Assert.Equal("""{"attributes":{"QueueArn":"arn:aws:sqs:us-east-1:1:q","ApproximateNumberOfMessages":"0"}}""", data.ToJsonString());
    }

    [Fact]
    public void TimestampsAreWrittenAsAwsReconDoes()
    {
        var instance = new JsonObject { ["InstanceId"] = "i-1", ["LaunchTime"] = JsonValue.Create(Launched) };
        var shape = Output("ec2", "DescribeInstances", "Reservations", "Instances");

        Assert.Equal("2026-03-07 11:22:39 UTC", (string?)RecordData.From(instance, shape, numericZone: false)!["launch_time"]);
        Assert.Equal("2026-03-07 11:22:39 +0000", (string?)RecordData.From(instance, shape, numericZone: true)!["launch_time"]);
    }

    [Fact]
    public void ListsKeepTheirOrderAndTheirScalars()
    {
        var instance = JsonNode.Parse("""
            {"SecurityGroups":[{"GroupId":"sg-2","GroupName":"b"},{"GroupId":"sg-1","GroupName":"a"}],"ProductCodes":[]}
            """)!;

        var data = RecordData.From(instance, Output("ec2", "DescribeInstances", "Reservations", "Instances"), numericZone: false)!;

        var groups = Assert.IsType<JsonArray>(data["security_groups"]);
        Assert.Equal(["sg-2", "sg-1"], groups.Select(g => (string?)g!["group_id"]));
        Assert.Empty(Assert.IsType<JsonArray>(data["product_codes"]));
    }

    [Fact]
    public void StringsThatLookLikeDatesStayStrings()
    {
        // A JSON-protocol answer keeps its strings as parsed JSON, which .NET would read as a date.
        var key = JsonNode.Parse("""{"KeyId":"k","Description":"2012-10-17","CreationDate":0}""")!.AsObject();
        key["CreationDate"] = JsonValue.Create(Launched);

        var data = RecordData.From(key, Output("kms", "DescribeKey", "KeyMetadata"), numericZone: true)!;

        Assert.Equal("2012-10-17", (string?)data["description"]);
        Assert.Equal("2026-03-07 11:22:39 +0000", (string?)data["creation_date"]);
    }

    [Fact]
    public void PolicyDocumentsParsedIntoAStringMemberAreKeptAsTheyAre()
    {
        const string trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"ArnLike":{"AWS:SourceArn":"arn:aws:s3:::b"}}}]}""";
        var role = new JsonObject { ["RoleName"] = "r", ["AssumeRolePolicyDocument"] = JsonNode.Parse(trust) };

        var data = RecordData.From(role, Output("iam", "GetAccountAuthorizationDetails", "RoleDetailList"), numericZone: false)!;

        Assert.Equal("r", (string?)data["role_name"]);
        Assert.Equal(trust, data["assume_role_policy_document"]!.ToJsonString());
    }

    [Fact]
    public void WithoutAShapeKeysAreOnlySnakeCased()
    {
        var data = RecordData.From(JsonNode.Parse("""{"ReservationId":"r-1","Nested":{"OwnerId":"1"}}"""), null, numericZone: false)!;

        Assert.Equal("""{"reservation_id":"r-1","nested":{"owner_id":"1"}}""", data.ToJsonString());
    }

    [Fact]
    public void NullsAndScalarsPassThrough()
    {
        Assert.Null(RecordData.From(null, null, numericZone: false));
        Assert.Equal("x", (string?)RecordData.From(JsonValue.Create("x"), null, numericZone: false));
        Assert.Equal(3, (int)RecordData.From(JsonValue.Create(3), null, numericZone: false)!);
        Assert.Equal("""{"flow_logs":null}""", RecordData.From(new JsonObject { ["FlowLogs"] = null }, null, numericZone: false)!.ToJsonString());
    }

    /// <summary>The shape at a path of members below an operation's output, list members stepped into.</summary>
    private static Shape Output(string model, string operation, params string[] path)
    {
        var shape = ServiceModels.Get(model).Operation(operation).Output!;
        foreach (var name in path)
        {
            shape = shape.Members[name].Shape;
            if (shape.Type == ShapeType.List)
            {
                shape = shape.ListMember!.Shape;
            }
        }

        return shape;
    }
}
