using k8s.Models;
using Inventory.Run;

namespace Inventory.Orchestrator.Jobs;

/// <summary>
/// The runner Job for one account: no shell and no command built from data, the restricted
/// pod security profile, no Kubernetes API token (a runner needs none), an emptyDir for its
/// temporary files, and an ownerReference to the orchestrator's own Job so deleting that Job
/// (the CronJob's history limit) deletes its runners.
/// </summary>
public sealed class RunnerJobBuilder(OrchestratorOptions options)
{
    private const string TempVolume = "tmp";

    public V1Job Build(RunPlan plan, string accountId) => new()
    {
        ApiVersion = "batch/v1",
        Kind = V1Job.KubeKind,
        Metadata = new V1ObjectMeta
        {
            Name = RunnerJobNames.JobName(plan.RunId, accountId),
            NamespaceProperty = plan.Namespace,
            Labels = RunnerJobNames.Labels(plan.RunId, accountId).ToDictionary(),
            OwnerReferences = plan.Owner is { } owner ? [owner] : null,
        },
        Spec = new V1JobSpec
        {
            BackoffLimit = options.Jobs.BackoffLimit,
            ActiveDeadlineSeconds = options.Jobs.ActiveDeadlineSeconds,
            TtlSecondsAfterFinished = options.Jobs.TtlSeconds,
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = RunnerJobNames.Labels(plan.RunId, accountId).ToDictionary() },
                Spec = new V1PodSpec
                {
                    RestartPolicy = "Never",
                    ServiceAccountName = options.Jobs.ServiceAccount,
                    AutomountServiceAccountToken = false,
                    SecurityContext = new V1PodSecurityContext
                    {
                        RunAsNonRoot = true,
                        RunAsUser = 65532,
                        RunAsGroup = 65532,
                        FsGroup = 65532,
                        SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
                    },
                    Volumes = [new V1Volume { Name = TempVolume, EmptyDir = new V1EmptyDirVolumeSource { SizeLimit = new ResourceQuantity("2Gi") } }],
                    Containers = [Container(plan, accountId)],
                },
            },
        },
    };

    private V1Container Container(RunPlan plan, string accountId) => new()
    {
        Name = "runner",
        Image = plan.RunnerImage,
        ImagePullPolicy = "IfNotPresent",
        Command = [options.Jobs.Command],
        Env = Environment(plan, accountId),
        Resources = new V1ResourceRequirements
        {
            Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new(options.Jobs.CpuRequest), ["memory"] = new(options.Jobs.MemoryRequest) },
            Limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = new(options.Jobs.CpuLimit), ["memory"] = new(options.Jobs.MemoryLimit) },
        },
        SecurityContext = new V1SecurityContext
        {
            RunAsNonRoot = true,
            ReadOnlyRootFilesystem = true,
            AllowPrivilegeEscalation = false,
            Privileged = false,
            Capabilities = new V1Capabilities { Drop = ["ALL"] },
            SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
        },
        VolumeMounts = [new V1VolumeMount { Name = TempVolume, MountPath = "/tmp" }],
    };

    // Exactly the runner's settings (README.md), as values: nothing is interpreted by a shell.
    private List<V1EnvVar> Environment(RunPlan plan, string accountId)
    {
        var variables = RunnerOptionsWriter.ToEnvironment(RunnerSettings.For(options, accountId, plan.RunId, plan.RunDate)).ToList();

        // Names the IRSA session after the Job, so CloudTrail ties each session to its run and account.
        variables.Add(("AWS_ROLE_SESSION_NAME", RunnerJobNames.JobName(plan.RunId, accountId)));
        variables.Add(("LOG_FORMAT", "json"));
        variables.AddRange(options.EndpointOverrides.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => (pair.Key, pair.Value)));
        var env = variables.Select(v => new V1EnvVar { Name = v.Name, Value = v.Value }).ToList();
        env.Add(new V1EnvVar { Name = "POD_NAME", ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = "metadata.name" } } });
        return env;
    }
}
