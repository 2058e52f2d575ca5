using System.Text.Json;

namespace Inventory.Kubernetes.Tests.Models;

public sealed class JobJsonTests
{
    [Fact]
    public void AJobIsWrittenCamelCaseWithItsTypeAndWithoutNulls()
    {
        var job = new Job
        {
            Metadata = new ObjectMeta { Name = "runner-1", Labels = new Dictionary<string, string> { ["app"] = "inventory" } },
            Spec = new JobSpec
            {
                BackoffLimit = 2,
                TtlSecondsAfterFinished = 3600,
                Template = new PodTemplateSpec
                {
                    Spec = new PodSpec
                    {
                        RestartPolicy = "Never",
                        AutomountServiceAccountToken = false,
                        SecurityContext = new PodSecurityContext { RunAsNonRoot = true, SeccompProfile = new SeccompProfile { Type = "RuntimeDefault" } },
                        Volumes = [new Volume { Name = "tmp", EmptyDir = new EmptyDirVolumeSource { SizeLimit = "64Mi" } }],
                        Containers =
                        [
                            new Container
                            {
                                Name = "runner",
                                Image = "runner:1",
                                Env = [new EnvVar { Name = "NS", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { FieldPath = "metadata.namespace" } } }],
                                Resources = new ResourceRequirements { Limits = new Dictionary<string, string> { ["memory"] = "512Mi" } },
                                SecurityContext = new SecurityContext { AllowPrivilegeEscalation = false, Capabilities = new Capabilities { Drop = ["ALL"] } },
                                VolumeMounts = [new VolumeMount { Name = "tmp", MountPath = "/tmp" }],
                            },
                        ],
                    },
                },
            },
        };

        var json = JsonSerializer.Serialize(job, KubernetesJsonContext.Default.Job);

        Assert.Equal(
            """{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"runner-1","labels":{"app":"inventory"}},"spec":{"template":{"spec":{"containers":[{"name":"runner","image":"runner:1","env":[{"name":"NS","valueFrom":{"fieldRef":{"fieldPath":"metadata.namespace"}}}],"resources":{"limits":{"memory":"512Mi"}},"securityContext":{"allowPrivilegeEscalation":false,"capabilities":{"drop":["ALL"]}},"volumeMounts":[{"name":"tmp","mountPath":"/tmp"}]}],"restartPolicy":"Never","automountServiceAccountToken":false,"securityContext":{"runAsNonRoot":true,"seccompProfile":{"type":"RuntimeDefault"}},"volumes":[{"name":"tmp","emptyDir":{"sizeLimit":"64Mi"}}]}},"backoffLimit":2,"ttlSecondsAfterFinished":3600}}""",
            json);
    }

    [Fact]
    public void AJobFromTheApiIsReadAndFieldsWeDoNotModelAreIgnored()
    {
        const string json = """
            {"apiVersion":"batch/v1","kind":"Job",
             "metadata":{"name":"r","namespace":"inventory","uid":"u-1","resourceVersion":"77","creationTimestamp":"2026-03-07T11:22:39Z",
                         "ownerReferences":[{"apiVersion":"batch/v1","kind":"Job","name":"o","uid":"u-0","controller":true,"blockOwnerDeletion":true}],
                         "managedFields":[{"manager":"kubectl"}]},
             "spec":{"parallelism":1,"completions":1,"backoffLimit":0,"podReplacementPolicy":"TerminatingOrFailed"},
             "status":{"failed":1,"startTime":"2026-03-07T11:22:40Z",
                       "conditions":[{"type":"FailureTarget","status":"True","reason":"BackoffLimitExceeded","message":"Job has reached the specified backoff limit"},
                                     {"type":"Failed","status":"True","reason":"BackoffLimitExceeded","message":"Job has reached the specified backoff limit","lastTransitionTime":"2026-03-07T11:23:00Z"}]}}
            """;

        var job = JsonSerializer.Deserialize(json, KubernetesJsonContext.Default.Job)!;

        Assert.Equal("77", job.Metadata!.ResourceVersion);
        Assert.Equal(new DateTimeOffset(2026, 3, 7, 11, 22, 39, TimeSpan.Zero), job.Metadata.CreationTimestamp);
        Assert.True(job.Metadata.OwnerReferences![0].Controller);
        Assert.True(job.IsFailed());
        Assert.False(job.IsComplete());
        Assert.Equal("BackoffLimitExceeded", job.FailureReason());
        Assert.Equal("Job has reached the specified backoff limit", job.FailureMessage());
    }

    [Fact]
    public void OnlyATrueConditionCounts()
    {
        var job = new Job { Status = new JobStatus { Conditions = [new JobCondition { Type = "Complete", Status = "False" }] } };
        var done = new Job { Status = new JobStatus { Conditions = [new JobCondition { Type = "Complete", Status = "True" }] } };

        Assert.False(job.IsComplete());
        Assert.True(done.IsComplete());
        Assert.False(done.IsFailed());
        Assert.Null(done.FailureReason());
    }
}
