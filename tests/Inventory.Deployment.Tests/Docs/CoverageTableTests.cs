using Inventory.Deployment.Tests.Support;

namespace Inventory.Deployment.Tests.Docs;

/// <summary>README.md's coverage table is the catalog's: services, asset types, calls and permissions.</summary>
public sealed class CoverageTableTests
{
    [Fact]
    public void README_lists_what_the_catalog_collects()
    {
        var path = Repository.PathOf("README.md");
        var table = CoverageTable.Generate();
        if (Environment.GetEnvironmentVariable("INVENTORY_WRITE_COVERAGE") == "1")
        {
            File.WriteAllText(path, CoverageTable.WithTable(File.ReadAllText(path), table));
        }

        Assert.True(CoverageTable.Current(File.ReadAllText(path)) == table,
            "README.md's coverage table differs from the catalog; " +
            "INVENTORY_WRITE_COVERAGE=1 dotnet test tests/Inventory.Deployment.Tests --filter README_lists_what_the_catalog_collects rewrites it");
    }

    [Fact]
    public void The_table_names_every_service_asset_type_and_permission()
    {
        var table = CoverageTable.Generate();
        Assert.Contains("| Lambda | `lambda` | every region | `function`, `layer` | 2 | `lambda:GetPolicy`, `lambda:ListFunctions`, `lambda:ListLayerVersions`, `lambda:ListLayers` |", table, StringComparison.Ordinal);
        Assert.Contains("GetBucketEncryption: `s3:GetEncryptionConfiguration`", table, StringComparison.Ordinal);
        Assert.Contains("GetRestApis: `apigateway:GET` on `/restapis`", table, StringComparison.Ordinal);
        Assert.All(Catalog.Calls, call => Assert.Contains(IamActions.For(call).Action, table, StringComparison.Ordinal));
    }
}
