using System.Text.Json.Nodes;
using Inventory.Deployment.Tests.Support;

namespace Inventory.Deployment.Tests.Kubernetes;

/// <summary>
/// Every rendered manifest against the API of Kubernetes 1.26, the oldest version supported: what
/// its API server would refuse (a required field missing, an unknown field, a wrong type) fails here.
/// </summary>
public sealed class SchemaTests(TestManifests rendered) : IClassFixture<TestManifests>
{
    private static readonly SchemaCheck Check = new(KubernetesTypes.Oldest);

    [Fact]
    public void EveryRenderedManifestIsValidForKubernetes126()
    {
        Assert.True(rendered.Manifests.Objects.Count >= 6);
        var errors = rendered.Manifests.Objects
            .SelectMany(manifest => Check.Errors(manifest).Select(error => $"{manifest.Str("kind")} {manifest.Str("metadata", "name")}: {error}"))
            .ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void APodConditionRuleWithoutStatusIsRefusedAs126Refuses()
    {
        var cronJob = Copy("CronJob");
        var condition = cronJob.Objects("spec", "jobTemplate", "spec", "podFailurePolicy", "rules").Single(r => r["onPodConditions"] is not null)
            .Objects("onPodConditions").Single();
        condition.Remove("status");

        Assert.Equal(["spec.jobTemplate.spec.podFailurePolicy.rules[1].onPodConditions[0].status: Required value"], Check.Errors(cronJob));
    }

    [Fact]
    public void AMisspelledFieldAndAWrongTypeAreRefused()
    {
        var cronJob = Copy("CronJob");
        cronJob["spec"]!.AsObject()["concurencyPolicy"] = "Forbid";
        var container = cronJob.Objects("spec", "jobTemplate", "spec", "template", "spec", "containers").Single();
        container["securityContext"]!.AsObject()["runAsNonRoot"] = "true";

        Assert.Equal(
            ["spec.jobTemplate.spec.template.spec.containers[0].securityContext.runAsNonRoot: must be boolean", "unknown field \"spec.concurencyPolicy\""],
            Check.Errors(cronJob).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ARoleWithoutVerbsIsRefused()
    {
        var role = Copy("Role");
        role.Objects("rules").First().Remove("verbs");

        Assert.Equal(["rules[0].verbs: Required value"], Check.Errors(role));
    }

    private JsonObject Copy(string kind) => Assert.Single(rendered.Manifests.OfKind(kind)).DeepClone().AsObject();
}
