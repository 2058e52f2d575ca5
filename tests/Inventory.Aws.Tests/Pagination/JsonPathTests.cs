using System.Text.Json.Nodes;
using Inventory.Aws.Pagination;

namespace Inventory.Aws.Tests.Pagination;

public sealed class JsonPathTests
{
    private static readonly JsonObject Page = JsonNode.Parse("""
        {"DistributionList": {"NextMarker": "m2", "Items": [{"Id": "a"}, {"Id": "b"}]},
         "Contents": [{"Key": "k1"}, {"Key": "k9"}], "Empty": []}
        """)!.AsObject();

    [Theory]
    [InlineData("DistributionList.NextMarker", "\"m2\"")]
    [InlineData("Contents[-1].Key", "\"k9\"")]
    [InlineData("Contents[0].Key", "\"k1\"")]
    [InlineData("NextMarker || Contents[-1].Key", "\"k9\"")]
    [InlineData("DistributionList.NextMarker || Contents[-1].Key", "\"m2\"")]
    public void SelectsNestedMembersIndexesAndAlternatives(string path, string expected) =>
        Assert.Equal(expected, JsonPath.Select(Page, path)!.ToJsonString());

    [Theory]
    [InlineData("Missing")]
    [InlineData("DistributionList.Missing.Deeper")]
    [InlineData("Empty[-1].Key")]
    public void MissingPathsSelectNothing(string path) => Assert.Null(JsonPath.Select(Page, path));

    [Fact]
    public void ResultItemsFollowNestedResultKeys()
    {
        var items = ResultItems.Of(Page, ["DistributionList.Items", "Contents"]).Select(item => item.ToJsonString()).ToArray();
        Assert.Equal(["{\"Id\":\"a\"}", "{\"Id\":\"b\"}", "{\"Key\":\"k1\"}", "{\"Key\":\"k9\"}"], items);
    }
}
