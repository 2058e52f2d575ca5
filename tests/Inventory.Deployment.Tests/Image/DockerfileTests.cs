using System.Text.RegularExpressions;
using Inventory.Deployment.Tests.Support;

namespace Inventory.Deployment.Tests.Image;

/// <summary>
/// The Dockerfile, read as text (no image is built here: these machines have no Docker engine):
/// base images as arguments, both workers published self-contained into /app, non-root, the
/// orchestrator as entrypoint and the runner where the orchestrator looks for it.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string[] Workers = ["Inventory.Orchestrator", "Inventory.Runner"];
    private static readonly string[] Ignored = ["**/bin/", "**/obj/", ".git/", "tests/"];

    private readonly string[] _lines = [.. Repository.Read("Dockerfile").Split('\n').Select(l => l.TrimEnd('\r'))];

    private IEnumerable<string> Instructions(string keyword) =>
        _lines.Where(l => l.StartsWith(keyword + " ", StringComparison.Ordinal));

    [Fact]
    public void Base_images_are_build_arguments_with_Microsofts_defaults()
    {
        Assert.Contains("ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0", _lines);
        Assert.Contains(_lines, l => l.StartsWith("ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/runtime-deps:10.0", StringComparison.Ordinal));
        var froms = Instructions("FROM").ToList();
        Assert.Equal(2, froms.Count);
        Assert.Contains("${SDK_IMAGE} AS build", froms[0], StringComparison.Ordinal);
        Assert.Contains("${RUNTIME_IMAGE} AS final", froms[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Both_workers_are_published_self_contained_into_app()
    {
        var text = string.Join('\n', _lines);
        Assert.Contains("for project in Inventory.Orchestrator Inventory.Runner", text, StringComparison.Ordinal);
        Assert.Contains("--self-contained true", text, StringComparison.Ordinal);
        Assert.Contains("-o /app", text, StringComparison.Ordinal);
        Assert.Contains("COPY --from=build --chown=0:0 /app/ /app/", _lines);
        Assert.All(Workers, project =>
            Assert.True(File.Exists(Repository.PathOf("src", project, project + ".csproj")), project));
    }

    [Theory]
    [InlineData("Inventory.Orchestrator", "inventory-orchestrator")]
    [InlineData("Inventory.Runner", "inventory-runner")]
    public void The_binaries_are_named_as_the_image_runs_them(string project, string assembly)
    {
        Assert.Contains($"<AssemblyName>{assembly}</AssemblyName>", Repository.Read("src", project, project + ".csproj"), StringComparison.Ordinal);
        Assert.Contains($"test -x /app/{assembly}", string.Join('\n', _lines), StringComparison.Ordinal);
    }

    [Fact]
    public void The_orchestrator_is_the_entrypoint_and_the_runner_is_where_it_looks()
    {
        Assert.Equal("ENTRYPOINT [\"/app/inventory-orchestrator\"]", Assert.Single(Instructions("ENTRYPOINT")));
        Assert.Contains("\"/app/inventory-runner\"", Repository.Read("src", "Inventory.Orchestrator", "OrchestratorOptionsReader.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_as_the_non_root_user_the_pods_use()
    {
        Assert.Equal("USER 65532:65532", Assert.Single(Instructions("USER")));
        Assert.Contains("runAsUser: 65532", Repository.Read("k8s", "cronjob.yaml"), StringComparison.Ordinal);
        Assert.Contains("RunAsUser = 65532", Repository.Read("src", "Inventory.Orchestrator", "Jobs", "RunnerJobBuilder.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_project_the_workers_reference_is_restored_from_its_own_layer()
    {
        var copied = Instructions("COPY").SelectMany(l => CsprojPath().Matches(l).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        foreach (var project in Workers)
        {
            foreach (var path in ProjectClosure(project))
            {
                Assert.Contains(path, copied);
            }
        }
    }

    [Fact]
    public void The_build_context_leaves_out_tests_and_build_output()
    {
        var ignored = Repository.Read(".dockerignore").Split('\n').Select(l => l.Trim()).ToList();
        Assert.All(Ignored, entry => Assert.Contains(entry, ignored));
        Assert.DoesNotContain("src/", ignored);
    }

    private static HashSet<string> ProjectClosure(string project)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([$"src/{project}/{project}.csproj"]);
        while (pending.TryPop(out var path))
        {
            if (!found.Add(path))
            {
                continue;
            }

            foreach (Match reference in ProjectReference().Matches(Repository.Read(path.Split('/'))))
            {
                var name = reference.Groups[1].Value;
                pending.Push($"src/{name}/{name}.csproj");
            }
        }

        return found;
    }

    [GeneratedRegex(@"src/[A-Za-z.]+/[A-Za-z.]+\.csproj")]
    private static partial Regex CsprojPath();

    [GeneratedRegex("""<ProjectReference Include="\.\.[\\/]([A-Za-z.]+)[\\/]""")]
    private static partial Regex ProjectReference();
}
