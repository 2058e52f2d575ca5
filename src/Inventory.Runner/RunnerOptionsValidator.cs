using Inventory.Collection.Settings;
using Microsoft.Extensions.Options;

namespace Inventory.Runner;

/// <summary>Every problem with the settings, one line each naming the setting and its value.</summary>
internal sealed class RunnerOptionsValidator : IValidateOptions<RunnerOptions>
{
    public ValidateOptionsResult Validate(string? name, RunnerOptions options)
    {
        var errors = new List<string>(options.ParseErrors);
        if (!RunSettingRules.IsAccountId(options.AccountId))
        {
            errors.Add(options.AccountId.Length == 0 ? "ACCOUNT_ID: required (the 12-digit account to collect)" : $"ACCOUNT_ID: '{options.AccountId}' is not a 12-digit account id");
        }

        if (options.S3Bucket is null && options.OutputDir is null)
        {
            errors.Add("S3_BUCKET: required unless OUTPUT_DIR is set");
        }

        RunSettingRules.Check(
            errors, options.S3Bucket, options.InventoryRoleName, options.InventoryRolePath, options.ExternalId,
            options.Regions, options.Services, options.ExcludeServices, options.MaxFailedShare, options.HomeRegion, options.EndpointOverrides);
        RunSettingRules.CheckAttemptTimeout(errors, options.AttemptTimeoutSeconds);
        if (options.MaxConcurrency is < 1 or > 256)
        {
            errors.Add($"MAX_CONCURRENCY: {options.MaxConcurrency} is outside 1..256");
        }

        // Probed last and only when the rest is right: the folders the run will write to.
        if (errors.Count == 0)
        {
            errors.AddRange(Preflight.Problems(options.OutputDir));
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
