using System.Text.RegularExpressions;
using Inventory.Collection.Catalog;
using Microsoft.Extensions.Options;

namespace Inventory.Runner;

/// <summary>Every problem with the settings, one line each naming the setting and its value.</summary>
internal sealed partial class RunnerOptionsValidator : IValidateOptions<RunnerOptions>
{
    public ValidateOptionsResult Validate(string? name, RunnerOptions options)
    {
        var errors = new List<string>(options.ParseErrors);
        if (!AccountId().IsMatch(options.AccountId))
        {
            errors.Add(options.AccountId.Length == 0 ? "ACCOUNT_ID: required (the 12-digit account to collect)" : $"ACCOUNT_ID: '{options.AccountId}' is not a 12-digit account id");
        }

        if (options.S3Bucket is null && options.OutputDir is null)
        {
            errors.Add("S3_BUCKET: required unless OUTPUT_DIR is set");
        }
        else if (options.S3Bucket is { } bucket && !BucketName().IsMatch(bucket))
        {
            errors.Add($"S3_BUCKET: '{bucket}' is not a valid bucket name (3-63 lower-case letters, digits, dots and hyphens)");
        }

        if (!RoleName().IsMatch(options.InventoryRoleName))
        {
            errors.Add($"INVENTORY_ROLE_NAME: '{options.InventoryRoleName}' is not a valid IAM role name");
        }

        if (!options.InventoryRolePath.StartsWith('/') || !options.InventoryRolePath.EndsWith('/'))
        {
            errors.Add($"INVENTORY_ROLE_PATH: '{options.InventoryRolePath}' must start and end with '/'");
        }

        foreach (var region in options.Regions.Where(region => region != "global" && !Region().IsMatch(region)))
        {
            errors.Add($"REGIONS: '{region}' is not a region code (like eu-west-1) nor 'global'");
        }

        foreach (var service in options.Services.Concat(options.ExcludeServices).Where(s => !ServiceCatalog.Default.Knows(s)))
        {
            errors.Add($"SERVICES/EXCLUDE_SERVICES: '{service}' is not a collected service (names and aliases are AWS Recon's, like EC2 or elbv2)");
        }

        if (options.MaxConcurrency is < 1 or > 256)
        {
            errors.Add($"MAX_CONCURRENCY: {options.MaxConcurrency} is outside 1..256");
        }

        if (options.MaxFailedShare is < 0 or > 1)
        {
            errors.Add($"MAX_FAILED_SHARE: {options.MaxFailedShare} is outside 0..1");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
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
