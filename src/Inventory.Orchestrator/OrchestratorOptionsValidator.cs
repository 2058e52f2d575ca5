using System.Text.RegularExpressions;
using Inventory.Aws.Endpoints;
using Inventory.Collection.Settings;
using Inventory.Orchestrator.Local;
using Inventory.Runner;
using Microsoft.Extensions.Options;

namespace Inventory.Orchestrator;

/// <summary>Every problem with the settings, one line each naming the setting and its value.</summary>
internal sealed partial class OrchestratorOptionsValidator : IValidateOptions<OrchestratorOptions>
{
    public ValidateOptionsResult Validate(string? name, OrchestratorOptions options)
    {
        var errors = new List<string>(options.ParseErrors);
        if (options.S3Bucket.Length == 0 && !options.Local)
        {
            errors.Add("S3_BUCKET: required (the bucket the runners write AWSRecon/… to)");
        }

        RunSettingRules.Check(
            errors, options.S3Bucket.Length == 0 ? null : options.S3Bucket, options.InventoryRoleName, options.InventoryRolePath, options.ExternalId,
            options.Regions, options.Services, options.ExcludeServices, options.MaxFailedShare, options.HomeRegion, options.EndpointOverrides);
        RunSettingRules.CheckAttemptTimeout(errors, options.AttemptTimeoutSeconds);
        if (options.EndpointUrlArgument is { } url && EndpointUrl.Problem("--endpoint-url", url) is { } badUrl)
        {
            errors.Add(badUrl);
        }

        errors.AddRange(options.IncludeAccounts.Where(id => !RunSettingRules.IsAccountId(id)).Select(id => $"INCLUDE_ACCOUNTS: '{id}' is not a 12-digit account id"));
        errors.AddRange(options.ExcludeAccounts.Where(id => !RunSettingRules.IsAccountId(id)).Select(id => $"EXCLUDE_ACCOUNTS: '{id}' is not a 12-digit account id"));
        errors.AddRange(options.IncludeOus.Where(id => !OuId().IsMatch(id)).Select(id => $"INCLUDE_OUS: '{id}' is not an OU (ou-…) or root (r-…) id"));
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

        if (options.RunnerImage is { } image && image.Any(char.IsWhiteSpace))
        {
            errors.Add($"RUNNER_IMAGE: '{image}' is not an image reference (no spaces)");
        }

        if (!options.RunnerCommand.StartsWith('/') || options.RunnerCommand.Any(char.IsWhiteSpace))
        {
            errors.Add($"RUNNER_COMMAND: '{options.RunnerCommand}' is not an absolute path inside the image");
        }

        foreach (var (setting, quantity) in new[] { ("RUNNER_CPU_REQUEST", options.RunnerCpuRequest), ("RUNNER_MEMORY_REQUEST", options.RunnerMemoryRequest), ("RUNNER_CPU_LIMIT", options.RunnerCpuLimit), ("RUNNER_MEMORY_LIMIT", options.RunnerMemoryLimit) })
        {
            if (!Quantity().IsMatch(quantity))
            {
                errors.Add($"{setting}: '{quantity}' is not a Kubernetes quantity (like 250m, 1, 512Mi)");
            }
        }

        // Local mode writes as the runner does: its folders are probed at start, not after collecting every account.
        if (options.Local && errors.Count == 0)
        {
            errors.AddRange(Preflight.Problems(LocalRun.OutputDirFor(options)));
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

    [GeneratedRegex(@"^(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|r-[0-9a-z]{4,32})$")]
    private static partial Regex OuId();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")]
    private static partial Regex Dns1123Label();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$")]
    private static partial Regex Dns1123Subdomain();

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$")]
    private static partial Regex Quantity();
}
