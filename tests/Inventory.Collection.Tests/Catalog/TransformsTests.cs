using System.Text.Json.Nodes;
using Inventory.Collection.Catalog;

namespace Inventory.Collection.Tests.Catalog;

/// <summary>The named quirks catalog entries may apply, each only where its key reaches.</summary>
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
    public void NamesListTheTransforms() => Assert.Equal(["basename", "csv", "s3_location"], Transforms.Names.Order(StringComparer.Ordinal));

    [Fact]
    public void ANamedQuirkIsRefusedWhereItsKeyDoesNotReach()
    {
        using var json = new MemoryStream("""
            {"service": "S3", "alias": "s3", "model": "s3", "global": true, "collect": [
              {"operation": "ListBuckets", "asset_type": "bucket", "arn": "arn:{partition}:s3:::{Name|basename}",
               "details": [{"operation": "GetBucketLocation", "input": {"Bucket": "{Name}"}, "key": "location", "select": "LocationConstraint", "transform": "s3_location"},
                           {"operation": "GetBucketPolicy", "input": {"Bucket": "{Name}"}, "key": "policy", "select": "Policy", "transform": "s3_location"}]}]}
            """u8.ToArray());

        var problems = CatalogValidator.Validate(new ServiceCatalog([ServiceCatalog.Parse("misplaced.json", json)]));

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("'basename' is the quirk (route53, *, RequestInput), not one of (s3, ListBuckets, RecordValue)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'s3_location' is the quirk (s3, GetBucketLocation, RecordValue), not one of (s3, GetBucketPolicy, RecordValue)", StringComparison.Ordinal));
    }
}
