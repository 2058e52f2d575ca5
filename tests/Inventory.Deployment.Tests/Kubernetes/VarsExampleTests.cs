using System.Text.RegularExpressions;
using Inventory.Deployment.Tests.Support;

namespace Inventory.Deployment.Tests.Kubernetes;

/// <summary>k8s/vars.env.example: complete, rendered as it is, and naming only real settings.</summary>
public sealed partial class VarsExampleTests
{
    // What the deployment reads from vars.env besides the orchestrator's own settings.
    private static readonly string[] DeploymentKeys = ["ORCHESTRATOR_ROLE_ARN", "RUNNER_ROLE_ARN", "CRON_SCHEDULE"];

    private static readonly string[] Required = ["ORCHESTRATOR_ROLE_ARN", "RUNNER_ROLE_ARN", "S3_BUCKET", "AWS_REGION", "CRON_SCHEDULE"];

    private readonly IReadOnlyList<KeyValuePair<string, string>> _example = VarsFile.Parse(Repository.Read("k8s", "vars.env.example"));

    [Fact]
    public void The_example_renders_as_it_is_and_its_values_land()
    {
        var manifests = RenderedManifests.Render(new Dictionary<string, string>());
        var values = _example.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        Assert.Equal(values["CRON_SCHEDULE"], manifests.Single("CronJob", "aws-inventory-orchestrator").Str("spec", "schedule"));
        Assert.Equal(values["RUNNER_ROLE_ARN"], manifests.Single("ServiceAccount", "aws-inventory-runner-sa").Str("metadata", "annotations", "eks.amazonaws.com/role-arn"));
    }

    [Fact]
    public void Every_required_setting_is_there_with_a_value()
    {
        Assert.All(Required, key => Assert.False(string.IsNullOrWhiteSpace(Assert.Single(_example, pair => pair.Key == key).Value), key));
    }

    [Fact]
    public void Every_key_is_a_setting_the_orchestrator_reads_or_the_deployment_uses()
    {
        // The names OrchestratorOptionsReader reads and the run's shared settings it reads through RunSettings, as written in their sources.
        var source = Repository.Read("src", "Inventory.Orchestrator", "OrchestratorOptionsReader.cs");
        var read = SettingName().Matches(source).Select(m => m.Groups[1].Value)
            .Concat(SharedSettingName().Matches(Repository.Read("src", "Inventory.Run", "RunSettings.cs")).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("S3_BUCKET", read);
        Assert.All(_example, pair => Assert.True(read.Contains(pair.Key) || DeploymentKeys.Contains(pair.Key), $"{pair.Key} is not a setting"));
        Assert.Equal(_example.Count, _example.Select(pair => pair.Key).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Role_ARNs_and_the_schedule_have_their_shapes()
    {
        var values = _example.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        Assert.Matches(RoleArn(), values["ORCHESTRATOR_ROLE_ARN"]);
        Assert.Matches(RoleArn(), values["RUNNER_ROLE_ARN"]);
        Assert.Equal(5, values["CRON_SCHEDULE"].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void The_real_vars_env_is_ignored_by_git()
    {
        Assert.Contains("k8s/vars.env", Repository.Read(".gitignore").Split('\n').Select(line => line.Trim()));
    }

    [GeneratedRegex("""settings\.\w+\("([A-Z0-9_]+)"[,)]""")]
    private static partial Regex SettingName();

    [GeneratedRegex("""^\s*new\("([A-Z0-9_]+)",""", RegexOptions.Multiline)]
    private static partial Regex SharedSettingName();

    [GeneratedRegex(@"^arn:aws[a-z-]*:iam::[0-9]{12}:role/[\w+=,.@/-]+$")]
    private static partial Regex RoleArn();
}
