using System.Text.Json.Nodes;
using Inventory.Aws.Paths;

namespace Inventory.Aws.Tests.Paths;

/// <summary>Each step of the path language over JSON documents, alternatives, and a listing's items.</summary>
public sealed class DataPathDocumentTests
{
    private static readonly JsonObject Page = JsonNode.Parse("""
        {"DistributionList": {"NextMarker": "m2", "Items": [{"Id": "a"}, {"Id": "b"}]},
         "Contents": [{"Key": "k1"}, {"Key": "k5"}, {"Key": "k9"}], "Empty": [],
         "Policies": {"first": "p1", "second": "p2"}, "Nothing": null}
        """)!.AsObject();

    private static readonly JsonNode Instances = JsonNode.Parse("""
        {"Reservations":[
           {"ReservationId":"r-1","Instances":[{"InstanceId":"i-1"},{"InstanceId":"i-2"}]},
           {"ReservationId":"r-2","Instances":[]},
           {"ReservationId":"r-3","Instances":[{"InstanceId":"i-3"}]},
           {"ReservationId":"r-4"}],
         "NextToken":"t"}
        """)!;

    private static string? Text(string path, JsonNode? root) => DataPath.Parse(path).Select(root)?.ToJsonString();

    [Theory]
    [InlineData("DistributionList.NextMarker", "\"m2\"")]
    [InlineData("Contents[0].Key", "\"k1\"")]
    [InlineData("Contents[1].Key", "\"k5\"")]
    [InlineData("Contents[-1].Key", "\"k9\"")]
    [InlineData("Contents[-3].Key", "\"k1\"")]
    [InlineData("Policies.second", "\"p2\"")]
    [InlineData("Policies.*", "\"p1\"")]
    [InlineData("DistributionList.Items[].Id", "\"a\"")]
    [InlineData(".", null)]
    public void SelectGivesTheFirstValueReached(string path, string? expected) =>
        Assert.Equal(expected ?? Page.ToJsonString(), Text(path, Page));

    [Theory]
    [InlineData("Missing")]
    [InlineData("DistributionList.Missing.Deeper")]
    [InlineData("Empty[-1].Key")]
    [InlineData("Empty[0]")]
    [InlineData("Contents[3]")]
    [InlineData("Contents[-4]")]
    [InlineData("Contents.Key")]
    [InlineData("DistributionList[]")]
    [InlineData("DistributionList[0]")]
    [InlineData("Contents.*")]
    [InlineData("DistributionList.NextMarker.Deeper")]
    [InlineData("Nothing")]
    public void WhatIsNotThereIsNullNotAnError(string path) => Assert.Null(DataPath.Parse(path).Select(Page));

    [Fact]
    public void ANullDocumentReachesNothing()
    {
        Assert.Null(DataPath.Parse("Contents").Select(null));
        Assert.Empty(DataPath.Parse(".").Items(null));
    }

    [Theory]
    [InlineData("NextMarker || Contents[-1].Key", "\"k9\"")]
    [InlineData("DistributionList.NextMarker || Contents[-1].Key", "\"m2\"")]
    [InlineData("Empty[-1] || Missing || Contents[0].Key", "\"k1\"")]
    public void TheFirstAlternativeThatReachesAValueWins(string path, string expected) => Assert.Equal(expected, Text(path, Page));

    [Fact]
    public void FlattenReachesEveryElementAndTheParentIsTheObjectHoldingTheMember()
    {
        var matches = DataPath.Parse("Reservations[].Instances[].InstanceId").Matches(Instances).ToList();

        Assert.Equal(["i-1", "i-2", "i-3"], matches.Select(m => (string?)m.Value));
        Assert.Equal(["i-1", "i-2", "i-3"], matches.Select(m => (string?)m.Parent["InstanceId"]));
    }

    [Fact]
    public void BracketsFollowEachOther()
    {
        var grid = JsonNode.Parse("""{"Matrix":[[1,2],[3]]}""")!;

        Assert.Equal([1, 2], DataPath.Parse("Matrix[0][]").Matches(grid).Select(m => (int)m.Value));
        Assert.Equal([1, 2, 3], DataPath.Parse("Matrix[][]").Matches(grid).Select(m => (int)m.Value));
        Assert.Equal(3, (int)DataPath.Parse("Matrix[-1][-1]").Select(grid)!);
    }

    [Fact]
    public void ValuesReachEveryValueOfAMapWithTheMapAsParent()
    {
        var matches = DataPath.Parse("Policies.*").Matches(Page).ToList();

        Assert.Equal(["p1", "p2"], matches.Select(m => (string?)m.Value));
        Assert.All(matches, m => Assert.Same(Page["Policies"], m.Parent));
    }

    [Fact]
    public void ItemsOfDotAreTheWholeAnswer()
    {
        var answer = JsonNode.Parse("""{"EbsEncryptionByDefault":true}""")!;

        var (item, parent) = Assert.Single(DataPath.Parse(".").Items(answer));

        Assert.Same(answer, item);
        Assert.Same(answer, parent);
    }

    [Fact]
    public void ItemsFlattenAListAndTheParentIsItsElement()
    {
        var items = DataPath.Parse("Reservations[].Instances").Items(Instances).ToList();

        Assert.Equal(["i-1", "i-2", "i-3"], items.Select(i => (string?)i.Value["InstanceId"]));
        Assert.Equal(["r-1", "r-1", "r-3"], items.Select(i => (string?)i.Parent["ReservationId"]));
    }

    [Fact]
    public void ItemsOfAListAtTheEndAreItsElementsWithTheAnswerAsParent()
    {
        var answer = JsonNode.Parse("""{"Buckets":[{"Name":"a"},{"Name":"b"}],"Owner":{"ID":"o"}}""")!;

        var items = DataPath.Parse("Buckets").Items(answer).ToList();

        Assert.Equal(["a", "b"], items.Select(i => (string?)i.Value["Name"]));
        Assert.All(items, i => Assert.Same(answer, i.Parent));
    }

    [Fact]
    public void ItemsOfAnObjectAtTheEndAreThatObject()
    {
        var answer = JsonNode.Parse("""{"SummaryMap":{"Users":2}}""")!;

        var (item, _) = Assert.Single(DataPath.Parse("SummaryMap").Items(answer));

        Assert.Equal(2, (int)item["Users"]!);
    }

    [Fact]
    public void ItemsThatAreValuesKeepTheElementHoldingThem()
    {
        var answer = JsonNode.Parse("""{"DomainNames":[{"DomainName":"a","EngineType":"OpenSearch"},{"DomainName":"b"}]}""")!;

        var items = DataPath.Parse("DomainNames[].DomainName").Items(answer).ToList();

        Assert.Equal(["a", "b"], items.Select(i => (string?)i.Value));
        Assert.Equal("OpenSearch", (string?)items[0].Parent["EngineType"]);
    }

    [Fact]
    public void AListInTheMiddleWithoutBracketsHasNoMembers()
    {
        Assert.Empty(DataPath.Parse("Reservations.Instances").Items(Instances));
        Assert.Empty(DataPath.Parse("Vpcs").Items(Instances));
        Assert.Empty(DataPath.Parse("Vpcs[].VpcId").Items(Instances));
    }
}
