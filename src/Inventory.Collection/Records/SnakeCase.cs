using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Inventory.Collection.Records;

/// <summary>
/// Member names as the AWS SDK for Ruby writes them, which AWS Recon's records use: irregular
/// words first (ARNs → arns), then an upper-case run is split from a following capitalized word,
/// then lower-case runs, digit runs and capitalized words are joined with '_' and lower-cased:
/// <c>DBInstanceIdentifier</c> → <c>db_instance_identifier</c>, <c>Ipv6CidrBlock</c> → <c>ipv_6_cidr_block</c>.
/// </summary>
public static partial class SnakeCase
{
    private static readonly (string Word, string Replacement)[] Irregular =
    [
        ("ARNs", "arns"), ("CNAMEs", "cnames"), ("ETag", "etag"), ("Ec2", "ec2"),
        ("ElastiCache", "elasticache"), ("iSCSI", "iscsi"), ("ACLs", "acls"), ("Md5s", "md5s"),
    ];

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Convert(string name) => Cache.GetOrAdd(name, Underscore);

    private static string Underscore(string name)
    {
        foreach (var (word, replacement) in Irregular)
        {
            name = name.Replace(word, "_" + replacement, StringComparison.Ordinal);
        }

        name = RunBeforeWord().Replace(name, "$1_$2");
        return string.Join('_', Token().Matches(name).Select(match => match.Value)).ToLowerInvariant();
    }

    [GeneratedRegex("([A-Z0-9]+)([A-Z][a-z])")]
    private static partial Regex RunBeforeWord();

    [GeneratedRegex("[a-z0-9]+|[0-9]+|[A-Z0-9]+[a-z]*")]
    private static partial Regex Token();
}
