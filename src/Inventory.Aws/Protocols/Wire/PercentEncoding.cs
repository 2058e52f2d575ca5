using System.Text;

namespace Inventory.Aws.Protocols.Wire;

/// <summary>
/// RFC 3986 percent-encoding: every UTF-8 byte outside the unreserved set (A-Z a-z 0-9 - . _ ~)
/// becomes %XX. This is also what SigV4's canonical form expects, so signing never re-encodes.
/// </summary>
internal static class PercentEncoding
{
    /// <param name="value">The raw text.</param>
    /// <param name="keepSlash">Leave '/' as is (greedy URI labels such as S3 keys).</param>
    public static string Encode(string value, bool keepSlash = false)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' || (keepSlash && c == '/'))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>Pairs as <c>k=v&amp;k=v</c>, both sides encoded (query strings and form bodies).</summary>
    public static string Pairs(IEnumerable<KeyValuePair<string, string>> pairs) =>
        string.Join('&', pairs.Select(pair => Encode(pair.Key) + "=" + Encode(pair.Value)));
}
