using Inventory.Aws.Model;
using Inventory.Aws.Paths;

namespace Inventory.Aws.Tests.Paths;

/// <summary>Each step of the path language over the shapes of a model, and the errors that name the step.</summary>
public sealed class DataPathShapeTests
{
    private static readonly Shape DescribeInstances = ServiceModels.Get("ec2").Operation("DescribeInstances").Output!;

    private static readonly Shape PolicyText = new() { Name = "PolicyDocument", Type = ShapeType.String };

    private static readonly Shape PolicyMap = new()
    {
        Name = "PolicyMap",
        Type = ShapeType.Map,
        MapKey = new Member("key", () => new Shape { Name = "PolicyName", Type = ShapeType.String }),
        MapValue = new Member("value", () => PolicyText),
    };

    private static readonly Shape PoliciesOutput = new()
    {
        Name = "GetPoliciesResponse",
        Type = ShapeType.Structure,
        Members = new Dictionary<string, Member> { ["Policies"] = new("Policies", () => PolicyMap) },
    };

    private static ShapeMatch Resolve(string path, Shape root)
    {
        var match = DataPath.Parse(path).Resolve(root, out var error);
        Assert.Null(error);
        return match!.Value;
    }

    [Fact]
    public void MembersFlattenAndIndexStepIntoStructuresAndLists()
    {
        var (shape, parent) = Resolve("Reservations[].Instances[0].State.Name", DescribeInstances);

        Assert.Equal("InstanceStateName", shape.Name);
        Assert.Equal("InstanceState", parent.Name);
        Assert.Equal("Tag", Resolve("Reservations[-1].Instances[].Tags[-1]", DescribeInstances).Shape.Name);
    }

    [Fact]
    public void AListReachedStaysAListButItemsAreItsElements()
    {
        var path = DataPath.Parse("Reservations[].Instances");

        Assert.Equal(ShapeType.List, path.Resolve(DescribeInstances, out _)!.Value.Shape.Type);
        var (item, parent) = path.ResolveItems(DescribeInstances, out var error)!.Value;
        Assert.Null(error);
        Assert.Equal("Instance", item.Name);
        Assert.Equal("Reservation", parent.Name);
    }

    [Fact]
    public void ItemsOfAListAtTheTopHaveTheOutputAsParent()
    {
        var output = ServiceModels.Get("s3").Operation("ListBuckets").Output!;

        var (item, parent) = DataPath.Parse("Buckets").ResolveItems(output, out _)!.Value;

        Assert.Equal("Bucket", item.Name);
        Assert.Same(output, parent);
    }

    [Fact]
    public void DotIsTheOutputItself()
    {
        var output = ServiceModels.Get("ec2").Operation("GetEbsEncryptionByDefault").Output!;

        var (item, parent) = DataPath.Parse(".").ResolveItems(output, out _)!.Value;

        Assert.Same(output, item);
        Assert.Same(output, parent);
    }

    [Fact]
    public void ValuesAndAnyKeyOfAMapReachItsValueShape()
    {
        Assert.Same(PolicyText, Resolve("Policies.*", PoliciesOutput).Shape);
        var (byKey, parent) = Resolve("Policies.anyName", PoliciesOutput);
        Assert.Same(PolicyText, byKey);
        Assert.Same(PolicyMap, parent);
    }

    [Fact]
    public void EveryAlternativeMustReachAShapeAndTheFirstIsGiven()
    {
        Assert.Equal("String", Resolve("NextToken || Reservations[-1].ReservationId", DescribeInstances).Shape.Name);

        Assert.Null(DataPath.Parse("NextToken || Reservations[-1].Nope").Resolve(DescribeInstances, out var error));
        Assert.Contains("has no member 'Nope'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nope", "DescribeInstancesResult has no member 'Nope'")]
    [InlineData("Reservations[].Nope", "Reservation has no member 'Nope'")]
    [InlineData("Reservations.Instances", "ReservationList has no member 'Instances'")]
    [InlineData("NextToken[]", "'NextToken' is not a list")]
    [InlineData("NextToken[-1]", "'NextToken' is not a list")]
    [InlineData("Reservations[].*", "'Reservations' is not a map")]
    [InlineData("NextToken.Deeper", "String has no member 'Deeper'")]
    public void AStepTheShapeCannotTakeIsNamedWithThePath(string path, string expected)
    {
        Assert.Null(DataPath.Parse(path).Resolve(DescribeInstances, out var error));
        Assert.Equal($"'{path}': {expected}", error);
        Assert.Null(DataPath.Parse(path).ResolveItems(DescribeInstances, out _));
    }
}
