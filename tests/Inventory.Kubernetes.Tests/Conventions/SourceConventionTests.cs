using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Inventory.Kubernetes.Tests.Conventions;

/// <summary>Rules of src/Inventory.Kubernetes, checked over its files so they hold as it grows.</summary>
public sealed partial class SourceConventionTests
{
    private static readonly string Project = Path.GetFullPath(Path.Combine(Here(), "..", "..", "..", "src", "Inventory.Kubernetes"));

    public static TheoryData<string> SourceFiles() =>
        [.. Directory.EnumerateFiles(Project, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(Project, file))];

    [Fact]
    public void TheSourceTreeIsFound() => Assert.True(SourceFiles().Count > 15);

    [Fact]
    public void TheProjectReferencesNothingOfAws()
    {
        var project = File.ReadAllText(Path.Combine(Project, "Inventory.Kubernetes.csproj"));

        Assert.DoesNotMatch(AwsReference(), project);
        Assert.DoesNotContain("ProjectReference", project, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public void NoFileUsesAws(string file) => Assert.DoesNotMatch(AwsNamespace(), Read(file));

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public void TheHttpStackIsThePackagesOwn(string file) => Assert.DoesNotMatch(NewHttpMachinery(), Read(file));

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public void NothingRunsThroughAShell(string file)
    {
        var text = Read(file);

        Assert.DoesNotMatch(Shell(), text);
        Assert.DoesNotContain("UseShellExecute = true", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public void EachFileHoldsOneTopLevelType(string file) =>
        Assert.True(TopLevelType().Count(Read(file)) <= 1, $"{file} declares more than one top-level type");

    private static string Read(string file) => File.ReadAllText(Path.Combine(Project, file));

    [GeneratedRegex(@"Include=""[^""]*(AWSSDK|Inventory\.Aws)", RegexOptions.IgnoreCase)]
    private static partial Regex AwsReference();

    [GeneratedRegex(@"\b(Amazon|Inventory\.Aws)\b")]
    private static partial Regex AwsNamespace();

    [GeneratedRegex(@"new\s+(HttpClient|SocketsHttpHandler|HttpClientHandler)\s*\(|HttpClient\s+\w+\s*=\s*new\s*\(")]
    private static partial Regex NewHttpMachinery();

    [GeneratedRegex(@"""(/bin/(ba)?sh|cmd(\.exe)?|powershell|pwsh)""")]
    private static partial Regex Shell();

    [GeneratedRegex(@"^(public |internal )?((static|sealed|abstract|partial) )*(class|record|interface|enum|struct) ", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
