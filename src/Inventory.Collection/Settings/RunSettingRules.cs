using System.Text.RegularExpressions;
using Inventory.Collection.Catalog;

namespace Inventory.Collection.Settings;

/// <summary>
/// The checks of the settings the orchestrator hands to every runner, shared so both workers
/// refuse the same values with the same words.
/// </summary>
public static partial class RunSettingRules
{
    public static bool IsAccountId(string value) => AccountId().IsMatch(value);

    public static void Check(
        List<string> errors, string? bucket, string roleName, string rolePath,
        IReadOnlyList<string> regions, IReadOnlyList<string> services, IReadOnlyList<string> excludedServices, double maxFailedShare)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (bucket is not null && !BucketName().IsMatch(bucket))
        {
            errors.Add($"S3_BUCKET: '{bucket}' is not a valid bucket name (3-63 lower-case letters, digits, dots and hyphens)");
        }

        if (!RoleName().IsMatch(roleName))
        {
            errors.Add($"INVENTORY_ROLE_NAME: '{roleName}' is not a valid IAM role name");
        }

        if (!rolePath.StartsWith('/') || !rolePath.EndsWith('/'))
        {
            errors.Add($"INVENTORY_ROLE_PATH: '{rolePath}' must start and end with '/'");
        }

        errors.AddRange(regions.Where(r => r != "global" && !Region().IsMatch(r)).Select(r => $"REGIONS: '{r}' is not a region code (like eu-west-1) nor 'global'"));
        errors.AddRange(services.Concat(excludedServices).Where(s => !ServiceCatalog.Default.Knows(s))
            .Select(s => $"SERVICES/EXCLUDE_SERVICES: '{s}' is not a collected service (names and aliases are AWS Recon's, like EC2 or elbv2)"));
        if (maxFailedShare is < 0 or > 1)
        {
            errors.Add($"MAX_FAILED_SHARE: {maxFailedShare} is outside 0..1");
        }
    }

    [GeneratedRegex(@"^\d{12}$")]
    private static partial Regex AccountId();

    [GeneratedRegex(@"^(?!xn--)(?!.*\.\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketName();

    [GeneratedRegex(@"^[\w+=,.@-]{1,64}$")]
    private static partial Regex RoleName();

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-\d+$")]
    private static partial Regex Region();
}
