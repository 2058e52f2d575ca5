using System.Text;
using System.Text.RegularExpressions;

namespace Inventory.Aws.Credentials;

/// <summary>STS role session names: 2–64 characters of <c>[A-Za-z0-9_+=,.@-]</c> (the AssumeRole API's rule).</summary>
public static partial class RoleSessionName
{
    public const int MinLength = 2;
    public const int MaxLength = 64;

    public static bool IsValid(string? name) => name is not null && ValidName().IsMatch(name);

    /// <summary>
    /// A valid session name close to <paramref name="requested"/>: other characters become '-',
    /// long names are cut to 64, short ones padded, so a name built from an account id or a pod
    /// name never makes AssumeRole fail.
    /// </summary>
    public static string Sanitize(string? requested)
    {
        var builder = new StringBuilder(MaxLength);
        foreach (var c in requested ?? string.Empty)
        {
            if (builder.Length == MaxLength)
            {
                break;
            }

            builder.Append(IsAllowed(c) ? c : '-');
        }

        while (builder.Length < MinLength)
        {
            builder.Append('-');
        }

        return builder.ToString();
    }

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '+' or '=' or ',' or '.' or '@' or '-';

    [GeneratedRegex(@"^[A-Za-z0-9_+=,.@-]{2,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidName();
}
