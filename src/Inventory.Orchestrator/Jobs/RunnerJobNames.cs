using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Inventory.Orchestrator.Jobs;

/// <summary>
/// Deterministic names and labels for a run's Jobs, so a re-run of the same run finds (and
/// adopts) what it already created: <c>inventory-123456789012-1a2b3c4d</c>, 31 characters,
/// a DNS-1123 label whatever the run id looks like.
/// </summary>
public static partial class RunnerJobNames
{
    public const string AppLabel = "app";
    public const string ComponentLabel = "component";
    public const string CloudLabel = "cloud";
    public const string AccountLabel = "inventory/account";
    public const string RunLabel = "inventory/run";

    /// <summary>The label the Job controller puts on a Job's pods (also on 1.26, which lacks batch.kubernetes.io/job-name).</summary>
    public const string PodJobNameLabel = "job-name";

    public static string JobName(string runId, string accountId) => $"inventory-{accountId}-{RunHash(runId)}";

    /// <summary>The run as a label value: the run id when it is one (≤ 63, alphanumeric ends), else its hash.</summary>
    public static string RunLabelValue(string runId) => LabelValue().IsMatch(runId) ? runId : RunHash(runId);

    /// <summary>Selects every runner Job of a run.</summary>
    public static string Selector(string runId) => $"{AppLabel}=inventory,{ComponentLabel}=runner,{RunLabel}={RunLabelValue(runId)}";

    public static IReadOnlyDictionary<string, string> Labels(string runId, string accountId) => new Dictionary<string, string>
    {
        [AppLabel] = "inventory",
        [ComponentLabel] = "runner",
        [CloudLabel] = "aws",
        [AccountLabel] = accountId,
        [RunLabel] = RunLabelValue(runId),
    };

    private static string RunHash(string runId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(runId)))[..8];

    [GeneratedRegex(@"^[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$")]
    private static partial Regex LabelValue();
}
