using System.Text.RegularExpressions;
using Inventory.Aws.Endpoints;
using Inventory.Collection.Catalog;
using Inventory.Collection.Planning;

namespace Inventory.Collection.Settings;

/// <summary>
/// The checks of the settings the orchestrator hands to every runner, shared so both workers
/// refuse the same values with the same words. Character classes are ASCII on purpose: .NET's
/// <c>\d</c> and <c>\w</c> match any script's digits and letters, AWS's patterns do not.
/// </summary>
public static partial class RunSettingRules
{
    public static bool IsAccountId(string value) => AccountId().IsMatch(value);

    public static void Check(
        List<string> errors, string? bucket, string roleName, string rolePath, string? externalId,
        IReadOnlyList<string> regions, IReadOnlyList<string> services, IReadOnlyList<string> excludedServices, double maxFailedShare,
        string homeRegion, IReadOnlyDictionary<string, string> endpoints)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(endpoints);
        if (bucket is not null && !BucketName().IsMatch(bucket))
        {
            errors.Add($"S3_BUCKET: '{bucket}' is not a valid bucket name (3-63 lower-case letters, digits, dots and hyphens)");
        }

        if (!RoleName().IsMatch(roleName))
        {
            errors.Add($"INVENTORY_ROLE_NAME: '{roleName}' is not a valid IAM role name (1-64 of A-Z a-z 0-9 _+=,.@-)");
        }

        // IAM's pattern (printable ASCII between slashes, at most 512), less the ARN wildcards:
        // a path with * or ? does not name one role in the runner's sts:AssumeRole policy.
        if (!RolePath().IsMatch(rolePath) || rolePath.Length > 512 || rolePath.AsSpan().IndexOfAny('*', '?') >= 0)
        {
            errors.Add($"INVENTORY_ROLE_PATH: '{rolePath}' is not an IAM path ('/' or '/name/…/' of printable ASCII without spaces, * or ?)");
        }

        if (externalId is not null && !ExternalId().IsMatch(externalId))
        {
            errors.Add($"EXTERNAL_ID: '{externalId}' is not a valid external id (2-1224 of A-Z a-z 0-9 _+=,.@:/-)");
        }

        errors.AddRange(regions.Where(r => r != "global" && !Region().IsMatch(r)).Select(r => $"REGIONS: '{r}' is not a region code (like eu-west-1) nor 'global'"));
        if (!Region().IsMatch(homeRegion))
        {
            errors.Add($"AWS_REGION: '{homeRegion}' is not a region code (like eu-west-1)");
        }

        var unknown = services.Concat(excludedServices).Where(s => !ServiceCatalog.Default.Knows(s)).ToList();
        errors.AddRange(unknown.Select(s => $"SERVICES/EXCLUDE_SERVICES: '{s}' is not a collected service (names and aliases are AWS Recon's, like EC2 or elbv2)"));
        if (unknown.Count == 0 && ServiceSelection.Select(ServiceCatalog.Default, services, excludedServices).Count == 0)
        {
            errors.Add($"SERVICES/EXCLUDE_SERVICES: '{string.Join(',', services)}' less '{string.Join(',', excludedServices)}' selects no service");
        }

        if (maxFailedShare is < 0 or > 1)
        {
            errors.Add($"MAX_FAILED_SHARE: {maxFailedShare} is outside 0..1");
        }

        errors.AddRange(endpoints.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => EndpointUrl.Problem(pair.Key, pair.Value)).OfType<string>());
    }

    /// <summary>ATTEMPT_TIMEOUT_SECONDS: one AWS attempt's deadline, 1 s to 10 min.</summary>
    public static void CheckAttemptTimeout(List<string> errors, int seconds)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (seconds is < 1 or > 600)
        {
            errors.Add($"ATTEMPT_TIMEOUT_SECONDS: {seconds} is outside 1..600");
        }
    }

    [GeneratedRegex(@"^[0-9]{12}$")]
    private static partial Regex AccountId();

    [GeneratedRegex(@"^(?!xn--)(?!.*\.\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketName();

    [GeneratedRegex(@"^[A-Za-z0-9_+=,.@-]{1,64}$")]
    private static partial Regex RoleName();

    [GeneratedRegex(@"^(/|/[\x21-\x7E]+/)$")]
    private static partial Regex RolePath();

    [GeneratedRegex(@"^[A-Za-z0-9_+=,.@:/-]{2,1224}$")]
    private static partial Regex ExternalId();

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-[0-9]+$")]
    private static partial Regex Region();
}
