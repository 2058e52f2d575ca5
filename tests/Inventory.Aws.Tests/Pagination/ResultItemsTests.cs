using System.Text.Json.Nodes;
using Inventory.Aws.Pagination;

namespace Inventory.Aws.Tests.Pagination;

public sealed class ResultItemsTests
{
    private static readonly JsonObject Page = JsonNode.Parse("""
        {"DistributionList": {"NextMarker": "m2", "Items": [{"Id": "a"}, {"Id": "b"}]},
         "Contents": [{"Key": "k1"}, {"Key": "k9"}], "Summary": {"Count": 2}}
        """)!.AsObject();

    [Fact]
    public void ResultItemsFollowNestedResultKeys()
    {
        var items = ResultItems.Of(Page, ["DistributionList.Items", "Contents"]).Select(item => item.ToJsonString()).ToArray();
        Assert.Equal(["{\"Id\":\"a\"}", "{\"Id\":\"b\"}", "{\"Key\":\"k1\"}", "{\"Key\":\"k9\"}"], items);
    }

    [Fact]
    public void ANonListResultIsOneItemAndAMissingOneNone()
    {
        var items = ResultItems.Of(Page, ["Summary", "Missing"]).Select(item => item.ToJsonString()).ToArray();
        Assert.Equal(["{\"Count\":2}"], items);
    }
}
