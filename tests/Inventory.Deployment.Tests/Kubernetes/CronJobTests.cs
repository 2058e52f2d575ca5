using System.Text.Json.Nodes;
using Inventory.Deployment.Tests.Support;

namespace Inventory.Deployment.Tests.Kubernetes;

/// <summary>The weekly CronJob: its schedule and settings from vars.env, one run at a time, its own pod known.</summary>
public sealed class CronJobTests(TestManifests rendered) : IClassFixture<TestManifests>
{
    private readonly JsonObject _cronJob = rendered.Manifests.Single("CronJob", "aws-inventory-orchestrator");

    private JsonObject Pod => (JsonObject)_cronJob.At("spec", "jobTemplate", "spec", "template", "spec")!;

    private JsonObject Container => Assert.Single(Pod.Objects("containers"));

    [Fact]
    public void The_schedule_is_CRON_SCHEDULE_in_UTC()
    {
        Assert.Equal(TestManifests.Values["CRON_SCHEDULE"], _cronJob.Str("spec", "schedule"));
        Assert.Equal("Etc/UTC", _cronJob.Str("spec", "timeZone"));
    }

    [Fact]
    public void Runs_never_overlap_start_late_or_pile_up()
    {
        Assert.Equal("Forbid", _cronJob.Str("spec", "concurrencyPolicy"));
        Assert.InRange(_cronJob.Long("spec", "startingDeadlineSeconds") ?? 0, 60, 24 * 3600);
        Assert.InRange(_cronJob.Long("spec", "successfulJobsHistoryLimit") ?? -1, 1, 10);
        Assert.InRange(_cronJob.Long("spec", "failedJobsHistoryLimit") ?? -1, 1, 10);
        Assert.NotNull(_cronJob.Long("spec", "jobTemplate", "spec", "activeDeadlineSeconds"));
        Assert.Equal("Never", Pod.Str("restartPolicy"));
    }

    [Fact]
    public void The_orchestrator_runs_as_its_service_account_from_the_images_entrypoint()
    {
        Assert.Equal("aws-inventory-orchestrator-sa", Pod.Str("serviceAccountName"));
        Assert.Equal("orchestrator", Container.Str("name"));
        Assert.Equal("aws-inventory", Container.Str("image"));
        Assert.Null(Container.At("command"));
        Assert.Null(Container.At("args"));
    }

    [Theory]
    [InlineData("POD_NAME", "metadata.name")]
    [InlineData("POD_NAMESPACE", "metadata.namespace")]
    public void The_pod_knows_itself_through_the_downward_API(string variable, string field)
    {
        var env = Assert.Single(Container.Objects("env"), e => e.Str("name") == variable);
        Assert.Equal(field, env.Str("valueFrom", "fieldRef", "fieldPath"));
    }

    [Fact]
    public void Every_setting_of_vars_env_reaches_the_orchestrator_through_the_ConfigMap()
    {
        var configMap = Assert.Single(rendered.Manifests.OfKind("ConfigMap"));
        Assert.Equal("aws-inventory-config", configMap.Str("metadata", "name"));
        var source = Assert.Single(Container.Objects("envFrom"));
        Assert.Equal(configMap.Str("metadata", "name"), source.Str("configMapRef", "name"));
        foreach (var (key, value) in rendered.Manifests.Vars)
        {
            Assert.Equal(value, configMap.Str("data", key));
        }
    }

    [Fact]
    public void AWS_REGION_is_set_explicitly_so_the_pod_identity_webhook_keeps_it()
    {
        var env = Assert.Single(Container.Objects("env"), e => e.Str("name") == "AWS_REGION");
        Assert.Equal("aws-inventory-config", env.Str("valueFrom", "configMapKeyRef", "name"));
        Assert.Equal("AWS_REGION", env.Str("valueFrom", "configMapKeyRef", "key"));
        Assert.Equal(TestManifests.Values["AWS_REGION"], Assert.Single(rendered.Manifests.OfKind("ConfigMap")).Str("data", "AWS_REGION"));
    }

    [Fact]
    public void Pods_carry_the_labels_a_run_is_watched_by()
    {
        foreach (var metadata in new[] { _cronJob.At("metadata"), _cronJob.At("spec", "jobTemplate", "metadata"), _cronJob.At("spec", "jobTemplate", "spec", "template", "metadata") })
        {
            Assert.Equal("inventory", metadata.Str("labels", "app"));
            Assert.Equal("orchestrator", metadata.Str("labels", "component"));
        }
    }

    [Fact]
    public void A_bad_setting_or_a_failed_runner_is_not_retried_a_drained_node_is()
    {
        var rules = _cronJob.Objects("spec", "jobTemplate", "spec", "podFailurePolicy", "rules").ToList();
        var failJob = Assert.Single(rules, r => r.Str("action") == "FailJob");
        Assert.Equal(["2", "5"], failJob.At("onExitCodes", "values")!.AsArray().Select(v => v!.ToJsonString()));
        Assert.Equal("orchestrator", failJob.Str("onExitCodes", "containerName"));
        Assert.Contains(rules, r => r.Str("action") == "Ignore" && r.Objects("onPodConditions").Any(c => c.Str("type") == "DisruptionTarget"));
    }

    [Fact]
    public void Every_pod_condition_rule_names_its_status_as_Kubernetes_1_26_requires()
    {
        var conditions = _cronJob.Objects("spec", "jobTemplate", "spec", "podFailurePolicy", "rules")
            .SelectMany(r => r.Objects("onPodConditions")).ToList();
        Assert.NotEmpty(conditions);
        Assert.All(conditions, c => Assert.Equal("True", c.Str("status")));
    }
}
