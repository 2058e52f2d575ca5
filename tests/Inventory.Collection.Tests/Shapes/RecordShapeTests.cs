using System.Text.Json.Nodes;
using Inventory.Collection.Catalog;

namespace Inventory.Collection.Tests.Shapes;

/// <summary>
/// Each (service, asset_type) the whole-catalog collection makes, against what AWS Recon 0.5.33 writes
/// for it (record-shapes.json): every key there, with its JSON type and timestamp format.
/// </summary>
[Collection(nameof(ReconAccount))]
public sealed class RecordShapeTests(ReconAccount account)
{
    private static readonly JsonObject Shapes = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Shapes", "record-shapes.json")))!;

    public static TheoryData<string> AssetTypes() => [.. Shapes.Select(pair => pair.Key).Where(key => !key.StartsWith('_'))];

    [Theory]
    [MemberData(nameof(AssetTypes))]
    public void RecordsHaveAwsReconsKeysTypesAndTimes(string key)
    {
        var (service, assetType) = (key.Split('/')[0], key.Split('/')[1]);
        var shape = Shapes[key]!.AsObject();
        var records = account.Of(service, assetType);
        Assert.True(records.Count > 0, $"{key}: no record was collected");

        var problems = new List<string>();
        foreach (var record in records)
        {
            var data = record.Data;
            var mine = new List<string>();
            if ((string?)data["type"] != assetType)
            {
                mine.Add($"type is {data["type"]?.ToJsonString()}");
            }

            foreach (var (path, type) in shape["keys"]!.AsObject())
            {
                mine.AddRange(RecordShape.Check(data, path, (string)type!));
            }

            mine.AddRange((shape["absent"]?.AsArray() ?? []).Select(absent => RecordShape.Absent(data, (string)absent!)).OfType<string>());
            problems.AddRange(mine.Select(problem => $"{record.Name}: {problem}"));
        }

        Assert.True(problems.Count == 0, $"{key}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Fact]
    public void EveryCollectedAssetTypeHasAShapeAndEveryShapeIsACatalogAssetType()
    {
        var catalog = ServiceCatalog.Default.Services.SelectMany(s => s.Collect.Select(r => $"{s.Service}/{r.AssetType}")).ToHashSet();
        var collected = account.Records.Select(r => $"{r.Service}/{r.AssetType}").ToHashSet();
        var described = AssetTypes().Select(row => (string)row.Data).ToHashSet();

        Assert.Equal([], collected.Except(described).Order());
        Assert.Empty(described.Except(catalog).Order());
    }
}
