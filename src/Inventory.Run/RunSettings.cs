using System.Globalization;
using System.Text.RegularExpressions;
using Inventory.Collection.Catalog;
using Inventory.Collection.Planning;
using Inventory.Collection.Records;
using Inventory.Hosting;

namespace Inventory.Run;

/// <summary>
/// The settings every runner of a run shares, each declared once: its environment name, how it is
/// read (its default is <see cref="RunnerOptions"/>'), how a runner Job's environment writes it,
/// and its rule. The runner reads them, the orchestrator reads the same names and hands them on,
/// and both refuse the same values with the same words. Character classes are ASCII on purpose:
/// .NET's <c>\d</c> and <c>\w</c> match any script's digits and letters, AWS's patterns do not.
/// </summary>
public static partial class RunSettings
{
    private static readonly RunnerOptions Defaults = new();

    /// <summary>One shared setting. <c>Problem</c> returns what is wrong with its value, without the name.</summary>
    public sealed record Setting(
        string Name,
        Func<SettingsReader, string, RunnerOptions, RunnerOptions> Read,
        Func<RunnerOptions, string?> Write,
        Func<RunnerOptions, string?> Problem);

    public static IReadOnlyList<Setting> All { get; } =
    [
        new("S3_BUCKET", (s, n, o) => o with { S3Bucket = s.Text(n) }, o => o.S3Bucket,
            o => o.S3Bucket is { } bucket && !BucketName().IsMatch(bucket) ? $"'{bucket}' is not a valid bucket name (3-63 lower-case letters, digits, dots and hyphens)" : null),
        new("INVENTORY_ROLE_NAME", (s, n, o) => o with { InventoryRoleName = s.Text(n) ?? Defaults.InventoryRoleName }, o => o.InventoryRoleName,
            o => !RoleName().IsMatch(o.InventoryRoleName) ? $"'{o.InventoryRoleName}' is not a valid IAM role name (1-64 of A-Z a-z 0-9 _+=,.@-)" : null),

        // IAM's pattern (printable ASCII between slashes, at most 512), less the ARN wildcards:
        // a path with * or ? does not name one role in the runner's sts:AssumeRole policy.
        new("INVENTORY_ROLE_PATH", (s, n, o) => o with { InventoryRolePath = s.Text(n) ?? Defaults.InventoryRolePath }, o => o.InventoryRolePath,
            o => !RolePath().IsMatch(o.InventoryRolePath) || o.InventoryRolePath.Length > 512 || o.InventoryRolePath.AsSpan().IndexOfAny('*', '?') >= 0
                ? $"'{o.InventoryRolePath}' is not an IAM path ('/' or '/name/…/' of printable ASCII without spaces, * or ?)" : null),
        new("EXTERNAL_ID", (s, n, o) => o with { ExternalId = s.Text(n) }, o => o.ExternalId,
            o => o.ExternalId is { } id && !ExternalId().IsMatch(id) ? $"'{id}' is not a valid external id (2-1224 of A-Z a-z 0-9 _+=,.@:/-)" : null),
        new("REGIONS", (s, n, o) => o with { Regions = s.List(n) }, o => string.Join(',', o.Regions),
            o => o.Regions.FirstOrDefault(r => r != "global" && !Region().IsMatch(r)) is { } region ? $"'{region}' is not a region code (like eu-west-1) nor 'global'" : null),
        new("SERVICES", (s, n, o) => o with { Services = s.List(n) }, o => string.Join(',', o.Services), o => Unknown(o.Services)),

        // After SERVICES, so an empty selection is named once, here.
        new("EXCLUDE_SERVICES", (s, n, o) => o with { ExcludeServices = s.List(n) }, o => string.Join(',', o.ExcludeServices),
            o => Unknown(o.ExcludeServices) ?? (Unknown(o.Services) is null && ServiceSelection.Select(ServiceCatalog.Default, o.Services, o.ExcludeServices).Count == 0
                ? $"'{string.Join(',', o.ExcludeServices)}' leaves no service of SERVICES '{string.Join(',', o.Services)}'" : null)),
        new("OUTPUT_FORMAT", (s, n, o) => o with { OutputFormat = s.Choice(n, Defaults.OutputFormat) }, o => o.OutputFormat.ToString().ToLowerInvariant(), _ => null),
        new("OUTPUT_JSON_LINES", (s, n, o) => o with { OutputJsonLines = s.Flag(n, Defaults.OutputJsonLines) }, o => o.OutputJsonLines ? "true" : "false", _ => null),
        new("MAX_CONCURRENCY", (s, n, o) => o with { MaxConcurrency = s.Number(n, Defaults.MaxConcurrency) }, o => o.MaxConcurrency.ToString(CultureInfo.InvariantCulture),
            o => o.MaxConcurrency is < 1 or > 256 ? $"{o.MaxConcurrency} is outside 1..256" : null),
        new("MAX_FAILED_SHARE", (s, n, o) => o with { MaxFailedShare = s.Fraction(n, Defaults.MaxFailedShare) }, o => o.MaxFailedShare.ToString(CultureInfo.InvariantCulture),
            o => o.MaxFailedShare is < 0 or > 1 ? $"{o.MaxFailedShare} is outside 0..1" : null),
        new("ATTEMPT_TIMEOUT_SECONDS", (s, n, o) => o with { AttemptTimeoutSeconds = s.Number(n, Defaults.AttemptTimeoutSeconds) }, o => o.AttemptTimeoutSeconds.ToString(CultureInfo.InvariantCulture),
            o => o.AttemptTimeoutSeconds is < 1 or > 600 ? $"{o.AttemptTimeoutSeconds} is outside 1..600" : null),
        new("AWS_REGION", (s, n, o) => o with { HomeRegion = s.Text(n) ?? s.Text("AWS_DEFAULT_REGION") ?? Defaults.HomeRegion }, o => o.HomeRegion,
            o => !Region().IsMatch(o.HomeRegion) ? $"'{o.HomeRegion}' is not a region code (like eu-west-1)" : null),
    ];

    /// <summary>The environment names of <see cref="All"/>, in order.</summary>
    public static IReadOnlyList<string> Names => [.. All.Select(s => s.Name)];

    /// <summary>Every shared setting read from the environment into <paramref name="options"/>.</summary>
    public static RunnerOptions Read(SettingsReader settings, RunnerOptions options) =>
        All.Aggregate(options, (read, setting) => setting.Read(settings, setting.Name, read));

    /// <summary>The shared settings as a runner Job's environment; unset values are left out.</summary>
    public static IEnumerable<(string Name, string Value)> ToEnvironment(RunnerOptions options) =>
        All.Select(s => (s.Name, Value: s.Write(options))).Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => (v.Name, v.Value!));

    /// <summary>One line per shared setting whose value is wrong, naming it.</summary>
    public static IEnumerable<string> Problems(RunnerOptions options) =>
        All.Select(s => s.Problem(options) is { } problem ? $"{s.Name}: {problem}" : null).OfType<string>();

    public static bool IsAccountId(string value) => AccountId().IsMatch(value);

    private static string? Unknown(IReadOnlyList<string> services) =>
        services.FirstOrDefault(s => !ServiceCatalog.Default.Knows(s)) is { } unknown
            ? $"'{unknown}' is not a collected service (names and aliases are AWS Recon's, like EC2 or elbv2)" : null;

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
