using Inventory.Run;
using Microsoft.Extensions.Configuration;

namespace Inventory.Orchestrator.Tests;

/// <summary>
/// The settings a run shares are declared once (RunSettings): the orchestrator reads them under
/// the runners' names, a runner Job's environment carries them, the runner reads them back, and
/// both workers refuse a bad value with the same line.
/// </summary>
public sealed class RunSettingsTests
{
    // A value other than the default for each shared setting.
    private static readonly Dictionary<string, string> Chosen = new(StringComparer.Ordinal)
    {
        ["S3_BUCKET"] = "other-inventory",
        ["INVENTORY_ROLE_NAME"] = "reader",
        ["INVENTORY_ROLE_PATH"] = "/inventory/",
        ["EXTERNAL_ID"] = "ext-42",
        ["REGIONS"] = "eu-west-1,global",
        ["SERVICES"] = "EC2,IAM",
        ["EXCLUDE_SERVICES"] = "IAM",
        ["OUTPUT_FORMAT"] = "aws",
        ["OUTPUT_JSON_LINES"] = "false",
        ["MAX_CONCURRENCY"] = "7",
        ["MAX_FAILED_SHARE"] = "0.25",
        ["ATTEMPT_TIMEOUT_SECONDS"] = "45",
        ["AWS_REGION"] = "eu-central-1",
    };

    [Fact]
    public void The_shared_settings_are_these_by_their_environment_names() =>
        Assert.Equal(
            ["S3_BUCKET", "INVENTORY_ROLE_NAME", "INVENTORY_ROLE_PATH", "EXTERNAL_ID", "REGIONS", "SERVICES", "EXCLUDE_SERVICES", "OUTPUT_FORMAT", "OUTPUT_JSON_LINES", "MAX_CONCURRENCY", "MAX_FAILED_SHARE", "ATTEMPT_TIMEOUT_SECONDS", "AWS_REGION"],
            RunSettings.Names);

    [Fact]
    public void Each_reaches_a_runner_under_its_own_name_with_the_value_the_orchestrator_read()
    {
        Assert.Equal(RunSettings.Names.Order(), Chosen.Keys.Order());
        var orchestrator = OrchestratorOptionsReader.Read(Configuration(Chosen), TimeProvider.System, OrchestratorArguments.None);
        var job = RunnerOptionsWriter.ToEnvironment(RunnerSettings.For(orchestrator, "111111111111", "run-1", new DateOnly(2026, 3, 7))).ToDictionary(StringComparer.Ordinal);
        var runner = RunnerOptionsReader.Read(Configuration(job), TimeProvider.System);

        foreach (var setting in RunSettings.All)
        {
            Assert.Equal(Chosen[setting.Name], job[setting.Name]);
            Assert.Equal(setting.Write(orchestrator.Runners), setting.Write(runner));
            Assert.NotEqual(setting.Write(new RunnerOptions()), setting.Write(runner));
        }
    }

    [Theory]
    [InlineData("S3_BUCKET", "Not_A_Bucket")]
    [InlineData("INVENTORY_ROLE_NAME", "bad name")]
    [InlineData("INVENTORY_ROLE_PATH", "/*/")]
    [InlineData("EXTERNAL_ID", "x")]
    [InlineData("REGIONS", "atlantis")]
    [InlineData("SERVICES", "nosuchservice")]
    [InlineData("EXCLUDE_SERVICES", "EC2")]
    [InlineData("OUTPUT_FORMAT", "5")]
    [InlineData("OUTPUT_JSON_LINES", "maybe")]
    [InlineData("MAX_CONCURRENCY", "257")]
    [InlineData("MAX_FAILED_SHARE", "NaN")]
    [InlineData("ATTEMPT_TIMEOUT_SECONDS", "601")]
    [InlineData("AWS_REGION", "mars")]
    public void Both_workers_refuse_a_bad_value_with_the_same_line(string name, string value)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal) { ["S3_BUCKET"] = "inventory", ["ACCOUNT_ID"] = "111111111111", ["SERVICES"] = "EC2", [name] = value };
        var orchestrator = new OrchestratorOptionsValidator().Validate(null, OrchestratorOptionsReader.Read(Configuration(variables), TimeProvider.System, OrchestratorArguments.None)).Failures?.ToList() ?? [];
        var runner = new RunnerOptionsValidator().Validate(null, RunnerOptionsReader.Read(Configuration(variables), TimeProvider.System)).Failures?.ToList() ?? [];

        var line = Assert.Single(runner);
        Assert.StartsWith($"{name}: ", line, StringComparison.Ordinal);
        Assert.Equal([line], orchestrator);
    }

    private static IConfiguration Configuration(IReadOnlyDictionary<string, string> variables) =>
        new ConfigurationBuilder().AddInMemoryCollection(variables.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
