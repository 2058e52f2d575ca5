using System.Text.Json.Nodes;
using Inventory.Collection.Catalog;

namespace Inventory.Collection.Tests.Catalog;

/// <summary>The named per-service quirks catalog entries may apply.</summary>
public sealed class TransformsTests
{
    [Theory]
    [InlineData("", "us-east-1")]
    [InlineData("EU", "eu-west-1")]
    [InlineData("eu-west-1", "eu-west-1")]
    [InlineData("ap-southeast-2", "ap-southeast-2")]
    public void S3LocationIsARegion(string constraint, string region) =>
        Assert.Equal(region, (string?)Transforms.Apply("s3_location", JsonValue.Create(constraint)));

    [Fact]
    public void S3LocationOfNothingIsUsEast1() => Assert.Equal("us-east-1", (string?)Transforms.Apply("s3_location", null));

    [Fact]
    public void UnknownTransformsAreRefused()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Transforms.Apply("s3_locaton", JsonValue.Create("EU")));
        Assert.Contains("s3_locaton", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesListTheTransforms() => Assert.Contains("s3_location", Transforms.Names);
}
