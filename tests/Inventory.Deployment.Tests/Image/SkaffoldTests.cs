using System.Text.Json.Nodes;
using Inventory.Deployment.Tests.Support;

namespace Inventory.Deployment.Tests.Image;

/// <summary>skaffold.yaml builds the image the CronJob names and deploys k8s/ with kustomize.</summary>
public sealed class SkaffoldTests
{
    private readonly JsonObject _config = Yaml.LoadObject(Repository.Read("skaffold.yaml"));

    [Fact]
    public void Uses_a_v4_schema()
    {
        Assert.Matches("^skaffold/v4beta(1[1-9]|[2-9][0-9])$", _config.Str("apiVersion"));
        Assert.Equal("Config", _config.Str("kind"));
    }

    [Fact]
    public void Builds_the_image_the_CronJob_runs_from_the_Dockerfile()
    {
        var artifact = Assert.Single(_config.Objects("build", "artifacts"));
        Assert.Equal("Dockerfile", artifact.Str("docker", "dockerfile"));
        Assert.True(File.Exists(Repository.PathOf(artifact.Str("context") ?? ".", "Dockerfile")));
        Assert.Contains($"image: {artifact.Str("image")}\n", Repository.Read("k8s", "cronjob.yaml"), StringComparison.Ordinal);
        Assert.All(artifact.At("docker", "buildArgs")!.AsObject(), arg => Assert.Contains($"ARG {arg.Key}=", Repository.Read("Dockerfile"), StringComparison.Ordinal));
    }

    [Fact]
    public void Deploys_k8s_with_kustomize()
    {
        Assert.Equal(["k8s"], _config.Strings("manifests", "kustomize", "paths"));
        Assert.NotNull(_config.At("deploy", "kubectl"));
    }

    [Fact]
    public void Skaffold_dev_starts_a_run_from_the_CronJob()
    {
        var profile = Assert.Single(_config.Objects("profiles"), p => p.Str("name") == "run-now");
        Assert.Contains(profile.Objects("activation"), a => a.Str("command") == "dev");
        var command = string.Join(' ', profile.ToJsonString());
        Assert.Contains("--from=cronjob/aws-inventory-orchestrator", command, StringComparison.Ordinal);
        Assert.Contains("name: aws-inventory-orchestrator\n", Repository.Read("k8s", "cronjob.yaml"), StringComparison.Ordinal);
    }
}
