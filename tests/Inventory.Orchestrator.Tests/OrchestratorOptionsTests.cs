using Microsoft.Extensions.Configuration;

namespace Inventory.Orchestrator.Tests;

public sealed class OrchestratorOptionsTests
{
    private static OrchestratorOptions Read(string[] arguments, params (string Name, string Value)[] variables) =>
        OrchestratorOptionsReader.Read(
            new ConfigurationBuilder().AddInMemoryCollection(variables.Select(v => KeyValuePair.Create(v.Name, (string?)v.Value))).Build(),
            TimeProvider.System,
            OrchestratorCommandLine.Read(arguments));

    private static List<string> Problems(params (string Name, string Value)[] variables) =>
        new OrchestratorOptionsValidator().Validate(null, Read([], variables)).Failures?.ToList() ?? [];

    [Fact]
    public void DefaultsAreWhatTheReadmeSays()
    {
        var options = Read([], ("S3_BUCKET", "inventory"));

        Assert.Empty(Problems(("S3_BUCKET", "inventory")));
        Assert.Equal(10, options.Run.MaxConcurrentRunners);
        Assert.Equal("aws-inventory-runner-sa", options.Jobs.ServiceAccount);
        Assert.Equal("inventory", options.Runners.InventoryRoleName);
        Assert.Null(options.Jobs.Image);
        Assert.Null(options.Jobs.Namespace);
        Assert.False(options.Run.DryRun);
        Assert.False(options.Local.Enabled);
        Assert.Equal(2, options.Jobs.BackoffLimit);
    }

    [Fact]
    public void DryRunAndKubeconfigComeFromTheCommandLineToo()
    {
        var options = Read(["--dry-run", "--kubeconfig", "/tmp/kube.yaml", "--context=staging"], ("S3_BUCKET", "inventory"), ("AWS_ENDPOINT_URL", "http://127.0.0.1:5000"));

        Assert.True(options.Run.DryRun);
        Assert.Equal("/tmp/kube.yaml", options.Cluster.Kubeconfig);
        Assert.Equal("staging", options.Cluster.Context);
        Assert.Equal("http://127.0.0.1:5000", options.EndpointOverrides["AWS_ENDPOINT_URL"]);
    }

    [Fact]
    public void EveryBadSettingIsNamedOnItsOwnLine()
    {
        var problems = Problems(
            ("INCLUDE_ACCOUNTS", "111111111111,12"),
            ("EXCLUDE_ACCOUNTS", "abc"),
            ("INCLUDE_OUS", "ou-ab12-abcdefgh,marketing"),
            ("MAX_CONCURRENT_RUNNERS", "0"),
            ("RUNNER_MEMORY_LIMIT", "lots"),
            ("NAMESPACE", "Inventory_NS"),
            ("DRY_RUN", "perhaps"));

        Assert.Equal(
            [
                "DRY_RUN: 'perhaps' is neither true nor false",
                "S3_BUCKET: required (the bucket the runners write AWSRecon/… to)",
                "INCLUDE_ACCOUNTS: '12' is not a 12-digit account id",
                "EXCLUDE_ACCOUNTS: 'abc' is not a 12-digit account id",
                "INCLUDE_OUS: 'marketing' is not an OU (ou-…) or root (r-…) id",
                "MAX_CONCURRENT_RUNNERS: 0 is outside 1..500",
                "NAMESPACE: 'Inventory_NS' is not a valid namespace name",
                "RUNNER_MEMORY_LIMIT: 'lots' is not a Kubernetes quantity (like 250m, 1, 512Mi)",
            ],
            problems);
    }
}
