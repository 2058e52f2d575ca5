using System.Text.RegularExpressions;
using Inventory.Aws.Endpoints;
using Inventory.Orchestrator.Local;
using Inventory.Run;
using Microsoft.Extensions.Options;

namespace Inventory.Orchestrator;

/// <summary>Every problem with the settings, one line each naming the setting and its value; one method per concern.</summary>
internal sealed partial class OrchestratorOptionsValidator : IValidateOptions<OrchestratorOptions>
{
    public ValidateOptionsResult Validate(string? name, OrchestratorOptions options)
    {
        var errors = new List<string>(options.ParseErrors);
        if (options.Runners.S3Bucket is null && !options.Local.Enabled)
        {
            errors.Add("S3_BUCKET: required (the bucket the runners write AWSRecon/… to)");
        }

        errors.AddRange(RunSettings.Problems(options.Runners));
        errors.AddRange(EndpointUrl.Problems(options.EndpointOverrides));
        if (options.RenamedRunnerMaxConcurrency)
        {
            errors.Add("RUNNER_MAX_CONCURRENCY: renamed MAX_CONCURRENCY, the runners' own name for it");
        }

        if (options.EndpointUrlArgument is { } url && EndpointUrl.Problem("--endpoint-url", url) is { } badUrl)
        {
            errors.Add(badUrl);
        }

        Accounts(errors, options.Accounts);
        Range(errors, "MAX_CONCURRENT_RUNNERS", options.Run.MaxConcurrentRunners, 1, 500);
        Jobs(errors, options.Jobs);

        // Local mode writes as the runner does: its folders are probed at start, not after collecting every account.
        if (options.Local.Enabled && errors.Count == 0)
        {
            errors.AddRange(Preflight.Problems(LocalDestination.OutputDir(options)));
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Accounts(List<string> errors, AccountSelectionOptions accounts)
    {
        errors.AddRange(accounts.IncludeAccounts.Where(id => !RunSettings.IsAccountId(id)).Select(id => $"INCLUDE_ACCOUNTS: '{id}' is not a 12-digit account id"));
        errors.AddRange(accounts.ExcludeAccounts.Where(id => !RunSettings.IsAccountId(id)).Select(id => $"EXCLUDE_ACCOUNTS: '{id}' is not a 12-digit account id"));
        errors.AddRange(accounts.IncludeOus.Where(id => !OuId().IsMatch(id)).Select(id => $"INCLUDE_OUS: '{id}' is not an OU (ou-…) or root (r-…) id"));
    }

    private static void Jobs(List<string> errors, RunnerJobOptions jobs)
    {
        Range(errors, "JOB_BACKOFF_LIMIT", jobs.BackoffLimit, 0, 20);
        Range(errors, "JOB_TTL_SECONDS", jobs.TtlSeconds, 0, int.MaxValue);
        Range(errors, "JOB_ACTIVE_DEADLINE_SECONDS", jobs.ActiveDeadlineSeconds, 60, int.MaxValue);
        if (jobs.Namespace is { } ns && !Dns1123Label().IsMatch(ns))
        {
            errors.Add($"NAMESPACE: '{ns}' is not a valid namespace name");
        }

        if (!Dns1123Subdomain().IsMatch(jobs.ServiceAccount))
        {
            errors.Add($"RUNNER_SERVICE_ACCOUNT: '{jobs.ServiceAccount}' is not a valid service account name");
        }

        if (jobs.Image is { } image && image.Any(char.IsWhiteSpace))
        {
            errors.Add($"RUNNER_IMAGE: '{image}' is not an image reference (no spaces)");
        }

        if (!jobs.Command.StartsWith('/') || jobs.Command.Any(char.IsWhiteSpace))
        {
            errors.Add($"RUNNER_COMMAND: '{jobs.Command}' is not an absolute path inside the image");
        }

        foreach (var (setting, quantity) in new[] { ("RUNNER_CPU_REQUEST", jobs.CpuRequest), ("RUNNER_MEMORY_REQUEST", jobs.MemoryRequest), ("RUNNER_CPU_LIMIT", jobs.CpuLimit), ("RUNNER_MEMORY_LIMIT", jobs.MemoryLimit) })
        {
            if (!Quantity().IsMatch(quantity))
            {
                errors.Add($"{setting}: '{quantity}' is not a Kubernetes quantity (like 250m, 1, 512Mi)");
            }
        }
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
