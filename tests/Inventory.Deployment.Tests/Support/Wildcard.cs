using System.Text.RegularExpressions;

namespace Inventory.Deployment.Tests.Support;

/// <summary>IAM's pattern matching in Action and Resource: * is any run of characters, ? one character.</summary>
internal static class Wildcard
{
    public static bool Matches(string pattern, string value, bool ignoreCase)
    {
        var regex = "^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(value, regex, (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None) | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
