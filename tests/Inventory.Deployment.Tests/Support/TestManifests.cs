namespace Inventory.Deployment.Tests.Support;

/// <summary>
/// k8s/ rendered once per test class with values unlike the example's, so each value can be
/// traced from vars.env to where it lands.
/// </summary>
public sealed class TestManifests
{
    public static readonly IReadOnlyDictionary<string, string> Values = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ORCHESTRATOR_ROLE_ARN"] = "arn:aws:iam::123456789012:role/Test-Orchestrator",
        ["RUNNER_ROLE_ARN"] = "arn:aws:iam::210987654321:role/Test-Runner",
        ["S3_BUCKET"] = "test-inventory-bucket",
        ["AWS_REGION"] = "ap-southeast-2",
        ["CRON_SCHEDULE"] = "17 4 * * 2",
        ["INCLUDE_OUS"] = "ou-ab12-34cd56ef",
        ["MAX_CONCURRENT_RUNNERS"] = "3",
    };

    public RenderedManifests Manifests { get; } = RenderedManifests.Render(Values);
}
