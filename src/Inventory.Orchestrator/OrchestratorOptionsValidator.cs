using System.Text.RegularExpressions;
using Inventory.Collection.Catalog;
using Microsoft.Extensions.Options;

namespace Inventory.Orchestrator;

/// <summary>Every problem with the settings, one line each naming the setting and its value.</summary>
internal sealed partial class OrchestratorOptionsValidator : IValidateOptions<OrchestratorOptions>
{
    public ValidateOptionsResult Validate(string? name, OrchestratorOptions options)
    {
        var errors = new List<string>(options.ParseErrors);
        if (options.S3Bucket.Length == 0)
        {
            errors.Add("S3_BUCKET: required (the bucket the runners write AWSRecon/… to)");
        }
        else if (!BucketName().IsMatch(options.S3Bucket))
        {
            errors.Add($"S3_BUCKET: '{options.S3Bucket}' is not a valid bucket name (3-63 lower-case letters, digits, dots and hyphens)");
        }

        errors.AddRange(options.IncludeAccounts.Where(id => !AccountId().IsMatch(id)).Select(id => $"INCLUDE_ACCOUNTS: '{id}' is not a 12-digit account id"));
        errors.AddRange(options.ExcludeAccounts.Where(id => !AccountId().IsMatch(id)).Select(id => $"EXCLUDE_ACCOUNTS: '{id}' is not a 12-digit account id"));
        errors.AddRange(options.IncludeOus.Where(id => !OuId().IsMatch(id)).Select(id => $"INCLUDE_OUS: '{id}' is not an OU (ou-…) or root (r-…) id"));
        errors.AddRange(options.Regions.Where(r => r != "global" && !Region().IsMatch(r)).Select(r => $"REGIONS: '{r}' is not a region code (like eu-west-1) nor 'global'"));
        errors.AddRange(options.Services.Concat(options.ExcludeServices).Where(s => !ServiceCatalog.Default.Knows(s))
            .Select(s => $"SERVICES/EXCLUDE_SERVICES: '{s}' is not a collected service (names and aliases are AWS Recon's, like EC2 or elbv2)"));
        if (!RoleName().IsMatch(options.InventoryRoleName))
        {
            errors.Add($"INVENTORY_ROLE_NAME: '{options.InventoryRoleName}' is not a valid IAM role name");
        }

        if (!options.InventoryRolePath.StartsWith('/') || !options.InventoryRolePath.EndsWith('/'))
        {
            errors.Add($"INVENTORY_ROLE_PATH: '{options.InventoryRolePath}' must start and end with '/'");
        }

        Range(errors, "MAX_CONCURRENT_RUNNERS", options.MaxConcurrentRunners, 1, 500);
        Range(errors, "RUNNER_MAX_CONCURRENCY", options.RunnerMaxConcurrency, 1, 256);
        Range(errors, "JOB_BACKOFF_LIMIT", options.JobBackoffLimit, 0, 20);
        Range(errors, "JOB_TTL_SECONDS", options.JobTtlSeconds, 0, int.MaxValue);
        Range(errors, "JOB_ACTIVE_DEADLINE_SECONDS", options.JobActiveDeadlineSeconds, 60, int.MaxValue);
        if (options.Namespace is { } ns && !Dns1123Label().IsMatch(ns))
        {
            errors.Add($"NAMESPACE: '{ns}' is not a valid namespace name");
        }

        if (options.RunnerServiceAccount is var account && !Dns1123Subdomain().IsMatch(account))
        {
            errors.Add($"RUNNER_SERVICE_ACCOUNT: '{account}' is not a valid service account name");
        }

        foreach (var (setting, quantity) in new[] { ("RUNNER_CPU_REQUEST", options.RunnerCpuRequest), ("RUNNER_MEMORY_REQUEST", options.RunnerMemoryRequest), ("RUNNER_CPU_LIMIT", options.RunnerCpuLimit), ("RUNNER_MEMORY_LIMIT", options.RunnerMemoryLimit) })
        {
            if (!Quantity().IsMatch(quantity))
            {
                errors.Add($"{setting}: '{quantity}' is not a Kubernetes quantity (like 250m, 1, 512Mi)");
            }
        }

        if (options.MaxFailedShare is < 0 or > 1)
        {
            errors.Add($"MAX_FAILED_SHARE: {options.MaxFailedShare} is outside 0..1");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Range(List<string> errors, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add($"{name}: {value} is outside {min}..{(max == int.MaxValue ? "" : max)}");
        }
    }

    [GeneratedRegex(@"^\d{12}$")]
    private static partial Regex AccountId();

    [GeneratedRegex(@"^(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|r-[0-9a-z]{4,32})$")]
    private static partial Regex OuId();

    [GeneratedRegex(@"^(?!xn--)(?!.*\.\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketName();

    [GeneratedRegex(@"^[\w+=,.@-]{1,64}$")]
    private static partial Regex RoleName();

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-\d+$")]
    private static partial Regex Region();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")]
    private static partial Regex Dns1123Label();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$")]
    private static partial Regex Dns1123Subdomain();

    [GeneratedRegex(@"^\d+(\.\d+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$")]
    private static partial Regex Quantity();
}
