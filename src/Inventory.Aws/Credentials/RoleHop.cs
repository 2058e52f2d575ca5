using System.Text.RegularExpressions;

namespace Inventory.Aws.Credentials;

/// <summary>One AssumeRole step: which role, under which session name, with which external id and duration.</summary>
public sealed partial record RoleHop
{
    /// <summary>AssumeRole's limits for DurationSeconds (a chained role session is capped at 1 h by AWS).</summary>
    public static readonly TimeSpan MinDuration = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(12);
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromHours(1);

    public RoleHop(string roleArn, string sessionName, string? externalId = null, TimeSpan? duration = null)
    {
        if (!RoleArnPattern().IsMatch(roleArn ?? string.Empty))
        {
            throw new ArgumentException($"'{roleArn}' is not an IAM role ARN (arn:<partition>:iam::<12 digits>:role/<path/>name).", nameof(roleArn));
        }

        if (!RoleSessionName.IsValid(sessionName))
        {
            throw new ArgumentException(
                $"'{sessionName}' is not a valid role session name (2-64 of [A-Za-z0-9_+=,.@-]); see RoleSessionName.Sanitize.", nameof(sessionName));
        }

        var lifetime = duration ?? DefaultDuration;
        if (lifetime < MinDuration || lifetime > MaxDuration)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), lifetime, "AssumeRole durations are 15 minutes to 12 hours.");
        }

        RoleArn = roleArn!;
        SessionName = sessionName;
        ExternalId = string.IsNullOrEmpty(externalId) ? null : externalId;
        Duration = lifetime;
    }

    public string RoleArn { get; }

    public string SessionName { get; }

    public string? ExternalId { get; }

    public TimeSpan Duration { get; }

    [GeneratedRegex(@"^arn:aws[\w-]*:iam::\d{12}:role/[\w+=,.@/-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleArnPattern();
}
