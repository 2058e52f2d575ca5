using System.Text.RegularExpressions;

namespace Inventory.Testing.Kubernetes;

/// <summary>The API machinery's DNS-1123 rules for object and container names.</summary>
internal static partial class NameRules
{
    public const int LabelMaxLength = 63;
    public const int SubdomainMaxLength = 253;

    private const string SubdomainMessage =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character "
        + "(e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

    private const string LabelMessage =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character "
        + "(e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

    public static IEnumerable<string> SubdomainProblems(string value)
    {
        if (value.Length > SubdomainMaxLength)
        {
            yield return $"must be no more than {SubdomainMaxLength} characters";
        }

        if (!Subdomain().IsMatch(value))
        {
            yield return SubdomainMessage;
        }
    }

    public static IEnumerable<string> LabelProblems(string value)
    {
        if (value.Length > LabelMaxLength)
        {
            yield return $"must be no more than {LabelMaxLength} characters";
        }

        if (!Label().IsMatch(value))
        {
            yield return LabelMessage;
        }
    }

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex Subdomain();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Label();
}
