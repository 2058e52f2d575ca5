using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Inventory.Aws.Tests.Conventions;

/// <summary>Rules of the codebase, checked over src/ so they hold as it grows.</summary>
public sealed partial class SourceConventionTests
{
    private static readonly string Source = Path.GetFullPath(Path.Combine(Here(), "..", "..", "..", "src"));

    public static TheoryData<string> SourceFiles() =>
        [.. Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(Source, file))];

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public void HttpClientsAreCreatedOnlyByTheTransport(string file)
    {
        // One transport per dependency boundary owns its pooled client.
        if (file.EndsWith(Path.Combine("Http", "AwsHttp.cs"), StringComparison.Ordinal)
            || file.EndsWith(Path.Combine("Http", "KubernetesHttp.cs"), StringComparison.Ordinal))
        {
            return;
        }

        Assert.DoesNotMatch(NewHttpClient(), File.ReadAllText(Path.Combine(Source, file)));
    }

    [Fact]
    public void TheSourceTreeIsFound() => Assert.True(SourceFiles().Count > 20);

    [GeneratedRegex(@"new\s+HttpClient\s*\(|HttpClient\s+\w+\s*=\s*new\s*\(")]
    private static partial Regex NewHttpClient();

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
