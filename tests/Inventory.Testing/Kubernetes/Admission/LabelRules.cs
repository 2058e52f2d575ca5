using System.Text.RegularExpressions;

namespace Inventory.Testing.Kubernetes;

/// <summary>The API machinery's rules for label keys (qualified names) and label values.</summary>
internal static partial class LabelRules
{
    private const string NamePartMessage =
        "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character "
        + "(e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

    private const string QualifiedNameMessage =
        "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character "
        + "(e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') "
        + "with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";

    private const string ValueMessage =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character "
        + "(e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

    /// <summary>Problems with a label (or annotation) key: <c>[prefix/]name</c>.</summary>
    public static IEnumerable<string> KeyProblems(string key)
    {
        var parts = key.Split('/');
        if (parts.Length > 2)
        {
            yield return QualifiedNameMessage;
            yield break;
        }

        var name = parts[^1];
        if (parts.Length == 2)
        {
            if (parts[0].Length == 0)
            {
                yield return "prefix part must be non-empty";
            }

            foreach (var problem in NameRules.SubdomainProblems(parts[0]).Where(_ => parts[0].Length > 0))
            {
                yield return "prefix part " + problem;
            }
        }

        if (name.Length == 0)
        {
            yield return "name part must be non-empty";
        }
        else if (name.Length > NameRules.LabelMaxLength)
        {
            yield return $"name part must be no more than {NameRules.LabelMaxLength} characters";
        }

        if (name.Length > 0 && !NamePart().IsMatch(name))
        {
            yield return NamePartMessage;
        }
    }

    public static IEnumerable<string> ValueProblems(string value)
    {
        if (value.Length > NameRules.LabelMaxLength)
        {
            yield return $"must be no more than {NameRules.LabelMaxLength} characters";
        }

        if (!Value().IsMatch(value))
        {
            yield return ValueMessage;
        }
    }

    /// <summary>Field errors for a labels map at <paramref name="field"/>.</summary>
    public static IEnumerable<FieldError> Validate(IReadOnlyDictionary<string, string> labels, string field)
    {
        foreach (var (key, value) in labels)
        {
            foreach (var problem in KeyProblems(key))
            {
                yield return FieldError.Invalid(field, key, problem);
            }

            foreach (var problem in ValueProblems(value))
            {
                yield return FieldError.Invalid(field, value, problem);
            }
        }
    }

    [GeneratedRegex("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$")]
    private static partial Regex NamePart();

    [GeneratedRegex("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")]
    private static partial Regex Value();
}
