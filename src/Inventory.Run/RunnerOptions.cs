using Inventory.Collection.Records;

namespace Inventory.Run;

/// <summary>The runner's settings, from the environment (README.md lists each with its default).</summary>
public sealed record RunnerOptions
{
    /// <summary>ACCOUNT_ID: the 12-digit account to collect.</summary>
    public string AccountId { get; init; } = "";

    /// <summary>S3_BUCKET: where the inventory goes; required unless OUTPUT_DIR is set.</summary>
    public string? S3Bucket { get; init; }

    /// <summary>OUTPUT_DIR: write the same AWSRecon/… layout to this folder instead of S3.</summary>
    public string? OutputDir { get; init; }

    /// <summary>RUN_ID: names the run (in the role session name and the report).</summary>
    public string RunId { get; init; } = "";

    /// <summary>RUN_DATE: the date folder (yyyy-mm-dd), default today UTC.</summary>
    public DateOnly RunDate { get; init; }

    public string InventoryRoleName { get; init; } = "inventory";

    public string InventoryRolePath { get; init; } = "/";

    public string? ExternalId { get; init; }

    /// <summary>REGIONS: region codes and/or <c>global</c>; empty means every enabled region plus global.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyList<string> Services { get; init; } = [];

    public IReadOnlyList<string> ExcludeServices { get; init; } = [];

    public OutputFormat OutputFormat { get; init; } = OutputFormat.Custom;

    public bool OutputJsonLines { get; init; } = true;

    /// <summary>MAX_CONCURRENCY: API calls in flight at once.</summary>
    public int MaxConcurrency { get; init; } = 16;

    /// <summary>MAX_FAILED_SHARE: above this share of failed (region, service) pairs the run fails and uploads no data.</summary>
    public double MaxFailedShare { get; init; } = 0.5;

    /// <summary>ATTEMPT_TIMEOUT_SECONDS: one AWS attempt's deadline (ours and the SDK clients').</summary>
    public int AttemptTimeoutSeconds { get; init; } = 20;

    /// <summary>AWS_REGION (or AWS_DEFAULT_REGION): STS, DescribeRegions and the bucket's region.</summary>
    public string HomeRegion { get; init; } = "us-east-1";

    /// <summary>Collect with the caller's own credentials instead of assuming the inventory role (the local mode's own-account fallback; no environment setting).</summary>
    public bool CollectWithOwnCredentials { get; init; }

    /// <summary>AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_&lt;SERVICE&gt; as set, for validation (the clients read the environment themselves).</summary>
    internal IReadOnlyDictionary<string, string> EndpointOverrides { get; init; } = new Dictionary<string, string>();

    /// <summary>TERMINATION_MESSAGE_PATH: where a failed run leaves its one-line reason for Kubernetes; null for nowhere.</summary>
    public string? TerminationMessagePath { get; init; }

    /// <summary>Problems found while reading the environment, reported by the validator.</summary>
    internal IReadOnlyList<string> ParseErrors { get; init; } = [];
}
