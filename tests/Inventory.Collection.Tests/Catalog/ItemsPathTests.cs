using System.Text.Json.Nodes;
using Inventory.Aws.Model;
using Inventory.Collection.Catalog;

namespace Inventory.Collection.Tests.Catalog;

/// <summary>Where a listing's items are, in answers and in the shapes that describe them.</summary>
public sealed class ItemsPathTests
{
    private static readonly JsonNode Instances = JsonNode.Parse("""
        {"Reservations":[
           {"ReservationId":"r-1","Instances":[{"InstanceId":"i-1"},{"InstanceId":"i-2"}]},
           {"ReservationId":"r-2","Instances":[]},
           {"ReservationId":"r-3","Instances":[{"InstanceId":"i-3"}]},
           {"ReservationId":"r-4"}],
         "NextToken":"t"}
        """)!;

    [Fact]
    public void DotIsTheWholeAnswer()
    {
        var answer = JsonNode.Parse("""{"EbsEncryptionByDefault":true}""")!;

        var (item, parent) = Assert.Single(new ItemsPath(".").Select(answer));

        Assert.Same(answer, item);
        Assert.Same(answer, parent);
    }

    [Fact]
    public void BracketsFlattenAListAndTheParentIsItsElement()
    {
        var items = new ItemsPath("Reservations[].Instances").Select(Instances).ToList();

        Assert.Equal(["i-1", "i-2", "i-3"], items.Select(i => (string?)i.Item["InstanceId"]));
        Assert.Equal(["r-1", "r-1", "r-3"], items.Select(i => (string?)i.Parent["ReservationId"]));
    }

    [Fact]
    public void AListAtTheEndYieldsItsElementsWithTheAnswerAsParent()
    {
        var answer = JsonNode.Parse("""{"Buckets":[{"Name":"a"},{"Name":"b"}],"Owner":{"ID":"o"}}""")!;

        var items = new ItemsPath("Buckets").Select(answer).ToList();

        Assert.Equal(["a", "b"], items.Select(i => (string?)i.Item["Name"]));
        Assert.All(items, i => Assert.Same(answer, i.Parent));
    }

    [Fact]
    public void AnObjectAtTheEndIsOneItem()
    {
        var answer = JsonNode.Parse("""{"SummaryMap":{"Users":2}}""")!;

        var (item, _) = Assert.Single(new ItemsPath("SummaryMap").Select(answer));

        Assert.Equal(2, (int)item["Users"]!);
    }

    [Fact]
    public void AListInTheMiddleWithoutBracketsIsNotFlattened()
    {
        // "Reservations.Instances" asks the list itself for a member: there is none.
        Assert.Empty(new ItemsPath("Reservations.Instances").Select(Instances));
    }

    [Fact]
    public void MissingMembersYieldNothing()
    {
        Assert.Empty(new ItemsPath("Vpcs").Select(Instances));
        Assert.Empty(new ItemsPath("Vpcs[].VpcId").Select(Instances));
    }

    [Fact]
    public void ResolveFindsTheItemAndParentShapes()
    {
        var output = ServiceModels.Get("ec2").Operation("DescribeInstances").Output!;

        var (item, parent) = new ItemsPath("Reservations[].Instances").Resolve(output, out var error)!.Value;

        Assert.Null(error);
        Assert.Equal("Instance", item.Name);
        Assert.Equal("Reservation", parent.Name);
    }

    [Fact]
    public void ResolveStepsIntoAListAtTheEnd()
    {
        var output = ServiceModels.Get("s3").Operation("ListBuckets").Output!;

        var (item, parent) = new ItemsPath("Buckets").Resolve(output, out _)!.Value;

        Assert.Equal("Bucket", item.Name);
        Assert.Same(output, parent);
    }

    [Fact]
    public void ResolveOfDotIsTheOutput()
    {
        var output = ServiceModels.Get("ec2").Operation("GetEbsEncryptionByDefault").Output!;

        var (item, parent) = new ItemsPath(".").Resolve(output, out _)!.Value;

        Assert.Same(output, item);
        Assert.Same(output, parent);
    }

    [Theory]
    [InlineData("Nope", "has no member 'Nope'")]
    [InlineData("Reservations[].Nope", "has no member 'Nope'")]
    [InlineData("Reservations.Instances", "has no member 'Instances'")]
    [InlineData("NextToken[]", "'NextToken' is not a list")]
    public void ResolveNamesTheStepThatIsWrong(string path, string expected)
    {
        var output = ServiceModels.Get("ec2").Operation("DescribeInstances").Output!;

        Assert.Null(new ItemsPath(path).Resolve(output, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains(path, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void AnEmptyPathIsRefused(string path) => Assert.ThrowsAny<ArgumentException>(() => new ItemsPath(path));
}
