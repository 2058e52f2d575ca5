using System.Globalization;

namespace Inventory.Collection.Records;

/// <summary>
/// Timestamps as AWS Recon writes them (Ruby's Time#to_s, whole seconds, UTC):
/// <c>2026-03-07 11:22:39 UTC</c>, and <c>2026-03-07 11:22:39 +0000</c> inside resources of
/// services whose JSON protocols send epoch numbers.
/// </summary>
public static class ReconTime
{
    public static string Format(DateTimeOffset time, bool numericZone = false) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + (numericZone ? " +0000" : " UTC");
}
