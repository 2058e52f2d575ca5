using Inventory.Collection.Catalog;

namespace Inventory.Collection.Tests.Catalog;

/// <summary>Catalog templates may not copy a value the model marks sensitive past its redaction.</summary>
public sealed class CatalogSecretsTests
{
    [Fact]
    public void ATemplateOverASensitiveMemberIsRefused()
    {
        using var json = new MemoryStream("""
            {"service": "IAM", "alias": "iam", "model": "iam", "global": true, "collect": [
              {"operation": "ListVirtualMFADevices", "asset_type": "virtual_mfa_device", "arn": "{SerialNumber}",
               "extra": {"seed": "Base32StringSeed", "serial": "{SerialNumber}"}}]}
            """u8.ToArray());

        var problems = CatalogValidator.Validate(new ServiceCatalog([ServiceCatalog.Parse("leaky.json", json)]));

        var problem = Assert.Single(problems);
        Assert.Contains("extra 'seed'", problem, StringComparison.Ordinal);
        Assert.Contains("'{Base32StringSeed}' is a value the model marks sensitive", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void APollOfAnUnknownFieldIsRefused()
    {
        using var json = new MemoryStream("""
            {"service": "IAM", "alias": "iam", "model": "iam", "global": true, "collect": [
              {"operation": "GetCredentialReport", "items": ".", "asset_type": "credential_report", "arn": "x",
               "poll": {"operation": "GenerateCredentialReport", "until": {"Status": "COMPLETE"}, "max_attempts": 0}}]}
            """u8.ToArray());

        var problems = CatalogValidator.Validate(new ServiceCatalog([ServiceCatalog.Parse("poll.json", json)]));

        Assert.Contains(problems, p => p.Contains("'{Status}' is not a field", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("max_attempts must be at least 1", StringComparison.Ordinal));
    }
}
