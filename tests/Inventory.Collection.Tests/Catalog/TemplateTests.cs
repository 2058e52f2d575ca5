using System.Text.Json;
using System.Text.Json.Nodes;
using Inventory.Collection.Catalog;

namespace Inventory.Collection.Tests.Catalog;

/// <summary>Catalog templates: ARNs, inputs and regions built from the item being collected.</summary>
public sealed class TemplateTests
{
    private static readonly JsonNode Reservation = JsonNode.Parse("""{"ReservationId":"r-1","OwnerId":"123456789012"}""")!;

    private static readonly JsonNode Instance = JsonNode.Parse("""
        {"InstanceId":"i-1","AmiLaunchIndex":3,"EbsOptimized":false,
         "Placement":{"AvailabilityZone":"eu-west-1a"},
         "SecurityGroups":[{"GroupId":"sg-1"}]}
        """)!;

    private static TemplateScope Scope(JsonNode? item = null) =>
        new(item ?? Instance, Reservation, "123456789012", "eu-west-1", "aws");

    [Fact]
    public void ASinglePlaceholderKeepsTheJsonType()
    {
        var scope = Scope();

        Assert.Equal(JsonValueKind.Number, Template.Evaluate("{AmiLaunchIndex}", scope)!.GetValueKind());
        Assert.Equal(3, (int)Template.Evaluate("{AmiLaunchIndex}", scope)!);
        Assert.Equal(JsonValueKind.False, Template.Evaluate("{EbsOptimized}", scope)!.GetValueKind());
        Assert.Equal("""[{"GroupId":"sg-1"}]""", Template.Evaluate("{SecurityGroups}", scope)!.ToJsonString());
        Assert.Equal("i-1", (string?)Template.Evaluate("{InstanceId}", scope));
    }

    [Fact]
    public void ASinglePlaceholderIsACopy()
    {
        var groups = Template.Evaluate("{SecurityGroups}", Scope())!.AsArray();
        groups.Clear();

        Assert.Single(Instance["SecurityGroups"]!.AsArray());
    }

    [Fact]
    public void AMissingFieldAloneIsNull() => Assert.Null(Template.Evaluate("{Nope}", Scope()));

    [Fact]
    public void MixedTextIsAString()
    {
        var arn = Template.Evaluate("arn:{partition}:ec2:{region}:{account}:instance/{InstanceId}", Scope());

        Assert.Equal(JsonValueKind.String, arn!.GetValueKind());
        Assert.Equal("arn:aws:ec2:eu-west-1:123456789012:instance/i-1", (string?)arn);
    }

    [Fact]
    public void MixedTextWritesNonStringsAsJsonAndMissingFieldsAsNothing()
    {
        Assert.Equal("n=3;opt=false;none=;", (string?)Template.Evaluate("n={AmiLaunchIndex};opt={EbsOptimized};none={Nope};", Scope()));
    }

    [Fact]
    public void DottedFieldsReachIntoTheItem() =>
        Assert.Equal("zone eu-west-1a", (string?)Template.Evaluate("zone {Placement.AvailabilityZone}", Scope()));

    [Fact]
    public void CaretReadsTheElementHoldingTheItem()
    {
        Assert.Equal("r-1", (string?)Template.Evaluate("{^.ReservationId}", Scope()));
        Assert.Equal("i-1@r-1", (string?)Template.Evaluate("{InstanceId}@{^.ReservationId}", Scope()));
    }

    [Fact]
    public void AtReadsAnEarlierFollowUp()
    {
        var scope = Scope();
        scope.Remember("location", "ap-southeast-2");
        scope.Remember("acl", JsonNode.Parse("""{"Owner":{"ID":"abc"}}"""));

        Assert.Equal("ap-southeast-2", (string?)Template.Evaluate("{@location}", scope));
        Assert.Equal("owner abc", (string?)Template.Evaluate("owner {@acl.Owner.ID}", scope));
        Assert.Null(Template.Evaluate("{@website}", scope));
    }

    [Fact]
    public void DotIsTheItemItself()
    {
        var url = JsonValue.Create("https://sqs.eu-west-1.amazonaws.com/123456789012/q");

        Assert.Equal("https://sqs.eu-west-1.amazonaws.com/123456789012/q", (string?)Template.Evaluate("{.}", Scope(url)));
        Assert.Equal("queue https://sqs.eu-west-1.amazonaws.com/123456789012/q", (string?)Template.Evaluate("queue {.}", Scope(url)));
    }

    [Fact]
    public void WordsAreTheAccountRegionAndPartition()
    {
        var scope = new TemplateScope(Instance, Reservation, "210987654321", "global", "aws-cn");

        Assert.Equal("aws-cn|global|210987654321", (string?)Template.Evaluate("{partition}|{region}|{account}", scope));
        Assert.Equal(["account", "partition", "region"], Template.Words.Order());
    }

    [Fact]
    public void TextWithoutPlaceholdersIsItself() =>
        Assert.Equal("createVolumePermission", (string?)Template.Evaluate("createVolumePermission", Scope()));

    [Fact]
    public void FieldsListsThePlaceholders() =>
        Assert.Equal(["partition", "^.ReservationId", "@location", ".", "Placement.AvailabilityZone"],
            Template.Fields("arn:{partition}:{^.ReservationId}/{@location}/{.}/{Placement.AvailabilityZone}"));
}
