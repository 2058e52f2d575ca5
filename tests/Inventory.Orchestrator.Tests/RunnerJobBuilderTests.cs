using System.Text.RegularExpressions;
using k8s.Models;
using Inventory.Orchestrator.Jobs;
using Inventory.Run;

namespace Inventory.Orchestrator.Tests;

public sealed partial class RunnerJobBuilderTests
{
    private static readonly OrchestratorOptions Options = new()
    {
        Runners = new() { S3Bucket = "inventory-bucket", Regions = ["eu-west-1", "global"], ExternalId = "ext-42", HomeRegion = "eu-west-1" },
        Jobs = new() { BackoffLimit = 3, ActiveDeadlineSeconds = 7200, TtlSeconds = 3600 },
        EndpointOverrides = new Dictionary<string, string> { ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:4566" },
    };

    private static readonly V1OwnerReference Owner = new() { ApiVersion = "batch/v1", Kind = "Job", Name = "aws-inventory-orchestrator-29384756", Uid = "0d1c", Controller = false, BlockOwnerDeletion = false };

    private static readonly RunPlan Plan = new("aws-inventory-orchestrator-29384756", new DateOnly(2026, 3, 7), "inventory", "registry.example/inventory:1.2.3", Owner);

    private static V1Job Build(string account = "123456789012") => new RunnerJobBuilder(Options).Build(Plan, account);

    [Theory]
    [InlineData("aws-inventory-orchestrator-29384756")]
    [InlineData("manual-20260307-101500")]
    [InlineData("a run id with spaces, UPPER case and / slashes that is much longer than sixty-three characters")]
    public void NamesAreDeterministicDns1123LabelsWithinSixtyThreeCharacters(string runId)
    {
        var name = RunnerJobNames.JobName(runId, "123456789012");

        Assert.Equal(name, RunnerJobNames.JobName(runId, "123456789012"));
        Assert.NotEqual(name, RunnerJobNames.JobName(runId, "210987654321"));
        Assert.NotEqual(name, RunnerJobNames.JobName(runId + "x", "123456789012"));
        Assert.Matches(Dns1123Label(), name);
        Assert.InRange(name.Length, 1, 63);
        Assert.All(RunnerJobNames.Labels(runId, "123456789012").Values, value => Assert.Matches(LabelValue(), value));
    }

    [Fact]
    public void LabelsNameTheAppTheAccountAndTheRun()
    {
        var job = Build();

        var labels = job.Metadata!.Labels!;
        Assert.Equal("inventory", labels["app"]);
        Assert.Equal("runner", labels["component"]);
        Assert.Equal("aws", labels["cloud"]);
        Assert.Equal("123456789012", labels["inventory/account"]);
        Assert.Equal("aws-inventory-orchestrator-29384756", labels["inventory/run"]);
        Assert.Equal(labels, job.Spec!.Template!.Metadata!.Labels);
        Assert.Equal("inventory", job.Metadata.NamespaceProperty);
    }

    [Fact]
    public void TheOrchestratorsJobOwnsItsRunners()
    {
        var owner = Assert.Single(Build().Metadata!.OwnerReferences!);
        Assert.Equal(("batch/v1", "Job", "aws-inventory-orchestrator-29384756", "0d1c"), (owner.ApiVersion, owner.Kind, owner.Name, owner.Uid));
    }

    [Fact]
    public void ThePodCarriesEverySecuritySetting()
    {
        var spec = Build().Spec!.Template!.Spec!;

        Assert.Equal("Never", spec.RestartPolicy);
        Assert.False(spec.AutomountServiceAccountToken);
        Assert.Equal("aws-inventory-runner-sa", spec.ServiceAccountName);
        Assert.True(spec.SecurityContext!.RunAsNonRoot);
        Assert.Equal("RuntimeDefault", spec.SecurityContext.SeccompProfile!.Type);
        var container = Assert.Single(spec.Containers);
        var security = container.SecurityContext!;
        Assert.True(security.RunAsNonRoot);
        Assert.True(security.ReadOnlyRootFilesystem);
        Assert.False(security.AllowPrivilegeEscalation);
        Assert.False(security.Privileged);
        Assert.Equal(["ALL"], security.Capabilities!.Drop);
        Assert.Null(security.Capabilities.Add);
        Assert.Equal("RuntimeDefault", security.SeccompProfile!.Type);
        var tmp = Assert.Single(spec.Volumes!);
        Assert.NotNull(tmp.EmptyDir);
        Assert.Equal(("tmp", "/tmp"), (Assert.Single(container.VolumeMounts!).Name, container.VolumeMounts![0].MountPath));
        Assert.Equal("1Gi", container.Resources!.Limits!["memory"].ToString());
        Assert.Equal("250m", container.Resources.Requests!["cpu"].ToString());
    }

    [Fact]
    public void TheRunnerIsStartedWithoutAShellAndGetsItsSettingsAsValues()
    {
        var job = Build();
        var container = job.Spec!.Template!.Spec!.Containers[0];

        Assert.Equal(["/app/inventory-runner"], container.Command);
        Assert.Null(container.Args);
        Assert.Equal("registry.example/inventory:1.2.3", container.Image);
        var env = container.Env!.Where(e => e.Value is not null).ToDictionary(e => e.Name!, e => e.Value!);
        Assert.Equal("123456789012", env["ACCOUNT_ID"]);
        Assert.Equal("aws-inventory-orchestrator-29384756", env["RUN_ID"]);
        Assert.Equal("2026-03-07", env["RUN_DATE"]);
        Assert.Equal("inventory-bucket", env["S3_BUCKET"]);
        Assert.Equal("eu-west-1,global", env["REGIONS"]);
        Assert.Equal("ext-42", env["EXTERNAL_ID"]);
        Assert.Equal("inventory", env["INVENTORY_ROLE_NAME"]);
        Assert.Equal("/", env["INVENTORY_ROLE_PATH"]);
        Assert.Equal("custom", env["OUTPUT_FORMAT"]);
        Assert.Equal("eu-west-1", env["AWS_REGION"]);
        Assert.Equal(job.Metadata!.Name, env["AWS_ROLE_SESSION_NAME"]);
        Assert.Equal("http://127.0.0.1:4566", env["AWS_ENDPOINT_URL"]);
        Assert.DoesNotContain("SERVICES", env.Keys);
        Assert.Equal("metadata.name", container.Env!.Single(e => e.Name == "POD_NAME").ValueFrom!.FieldRef!.FieldPath);
        Assert.Equal((3, 7200L, 3600), (job.Spec.BackoffLimit!.Value, job.Spec.ActiveDeadlineSeconds!.Value, job.Spec.TtlSecondsAfterFinished!.Value));
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Dns1123Label();

    [GeneratedRegex(@"^[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$")]
    private static partial Regex LabelValue();
}
