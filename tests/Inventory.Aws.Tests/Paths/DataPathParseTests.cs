using Inventory.Aws.Model;
using Inventory.Aws.Paths;

namespace Inventory.Aws.Tests.Paths;

/// <summary>The text of the path language: its steps, alternatives and the one-line mistakes.</summary>
public sealed class DataPathParseTests
{
    [Fact]
    public void EachStepKindIsRead()
    {
        var path = DataPath.Parse("Reservations[].Instances[0].Tags[-1].Attributes.*");

        var steps = Assert.Single(path.Alternatives);
        Assert.Equal(
            [PathStepKind.Member, PathStepKind.Flatten, PathStepKind.Member, PathStepKind.Index, PathStepKind.Member, PathStepKind.Index, PathStepKind.Member, PathStepKind.Values],
            steps.Select(step => step.Kind));
        Assert.Equal(["Reservations", "[]", "Instances", "[0]", "Tags", "[-1]", "Attributes", "*"], steps.Select(step => step.ToString()));
    }

    [Fact]
    public void DotAloneIsTheDocumentItself() => Assert.Empty(Assert.Single(DataPath.Parse(".").Alternatives));

    [Fact]
    public void AlternativesSplitAtDoubleBarsWithSpacesAround()
    {
        var path = DataPath.Parse("NextMarker || Contents[-1].Key");

        Assert.Equal(2, path.Alternatives.Count);
        Assert.Equal("NextMarker", Assert.Single(path.Alternatives[0]).Name);
        Assert.Equal(["Contents", "[-1]", "Key"], path.Alternatives[1].Select(step => step.ToString()));
    }

    [Fact]
    public void EachTextIsParsedOnce() => Assert.Same(DataPath.Parse("Buckets[].Name"), DataPath.Parse("Buckets[].Name"));

    [Theory]
    [InlineData("", "it is empty (character 1)")]
    [InlineData("  ", "it is empty")]
    [InlineData("Vpcs..VpcId", "a step is empty (character 6)")]
    [InlineData("Vpcs.", "a step is empty (character 6)")]
    [InlineData(".Vpcs", "a step is empty (character 1)")]
    [InlineData("Vpcs[0", "'[' is not closed (character 5)")]
    [InlineData("Vpcs[x]", "'[x]' is neither [] nor a whole number (character 5)")]
    [InlineData("Vpc Id", "' ' cannot follow 'Vpc' (character 4)")]
    [InlineData("Marker ||", "an alternative is empty (character 10)")]
    [InlineData("Marker | Key", "' ' cannot follow 'Marker'")]
    [InlineData("Map.*Key", "'K' cannot follow '*' (character 6)")]
    [InlineData("Vpcs.{Id}", "'{' cannot start a step (character 6)")]
    public void AMistakeIsOneLineNamingThePathAndWhere(string text, string problem)
    {
        var error = Assert.Throws<FormatException>(() => DataPath.Parse(text));

        Assert.StartsWith($"path '{text}' is not valid: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Null(DataPath.TryParse(text, out var message));
        Assert.Equal(error.Message, message);
    }

    [Fact]
    public void EveryPaginatorPathOfTheEmbeddedModelsParses()
    {
        var paths = ServiceModels.Names.SelectMany(name => ServiceModels.Get(name).Operations.Values)
            .Select(operation => operation.Paginator).OfType<PaginatorModel>()
            .SelectMany(paginator => paginator.OutputTokens.Concat(paginator.ResultKeys).Concat(paginator.MoreResults is { } more ? [more] : []))
            .ToList();

        Assert.NotEmpty(paths);
        Assert.All(paths, text => Assert.NotNull(DataPath.TryParse(text, out _)));
    }
}
