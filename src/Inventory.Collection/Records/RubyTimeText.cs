using System.Text.RegularExpressions;

namespace Inventory.Collection.Records;

/// <summary>
/// A timestamp AWS sends as text in a string shape the AWS SDK for Ruby reads as a time
/// (Lambda's <c>2026-03-07T11:22:39.418+0000</c>), written as AWS Recon writes it: Ruby's
/// <c>Time.parse(text).to_s</c>, which keeps the text's own offset — <c>Z</c> gives
/// <c>2026-03-07 11:22:39 UTC</c> (so do <c>-00:00</c> and <c>-0000</c>), <c>+0000</c> gives
/// <c>2026-03-07 11:22:39 +0000</c> —
/// and drops the fraction. Text that is not such a timestamp is kept as it is.
/// </summary>
public static partial class RubyTimeText
{
    public static string Format(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Iso().Match(text);
        if (!match.Success)
        {
            return text;
        }

        var zone = match.Groups["zone"].Value switch
        {
            "Z" or "z" or "-00:00" or "-0000" => "UTC", // Ruby's zone_utc?: these are UTC, "+0000" is a local time
            "" => "+0000", // no offset: Ruby takes the host's zone, UTC in AWS Recon's container
            var offset => offset.Replace(":", "", StringComparison.Ordinal),
        };
        return $"{match.Groups["date"].Value} {match.Groups["time"].Value} {zone}";
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})[T ](?<time>\d{2}:\d{2}:\d{2})(?:\.\d+)?(?<zone>[Zz]|[+-]\d{2}:?\d{2})?$")]
    private static partial Regex Iso();
}
