using Inventory.Kubernetes;
using Inventory.Runner;

namespace Inventory.Orchestrator.Jobs;

/// <summary>
/// The runner Job for one account: no shell and no command built from data, the restricted
/// pod security profile, no Kubernetes API token (a runner needs none), an emptyDir for its
/// temporary files, and an ownerReference to the orchestrator's own Job so deleting that Job
/// (the CronJob's history limit) deletes its runners.
/// </summary>
public sealed class RunnerJobBuilder(OrchestratorOptions options, RunPlan plan)
{
    private const string TempVolume = "tmp";

    public Job Build(string accountId) => new()
    {
        Metadata = new ObjectMeta
        {
            Name = RunnerJobNames.JobName(plan.RunId, accountId),
            Namespace = plan.Namespace,
            Labels = RunnerJobNames.Labels(plan.RunId, accountId),
            OwnerReferences = plan.Owner is { } owner ? [owner] : null,
        },
        Spec = new JobSpec
        {
            BackoffLimit = options.JobBackoffLimit,
            ActiveDeadlineSeconds = options.JobActiveDeadlineSeconds,
            TtlSecondsAfterFinished = options.JobTtlSeconds,
            Template = new PodTemplateSpec
            {
                Metadata = new ObjectMeta { Labels = RunnerJobNames.Labels(plan.RunId, accountId) },
                Spec = new PodSpec
                {
                    RestartPolicy = "Never",
                    ServiceAccountName = options.RunnerServiceAccount,
                    AutomountServiceAccountToken = false,
                    SecurityContext = new PodSecurityContext
                    {
                        RunAsNonRoot = true,
                        RunAsUser = 65532,
                        RunAsGroup = 65532,
                        FsGroup = 65532,
                        SeccompProfile = new SeccompProfile { Type = "RuntimeDefault" },
                    },
                    Volumes = [new Volume { Name = TempVolume, EmptyDir = new EmptyDirVolumeSource { SizeLimit = "2Gi" } }],
                    Containers = [Container(accountId)],
                },
            },
        },
    };

    private Container Container(string accountId) => new()
    {
        Name = "runner",
        Image = plan.RunnerImage,
        ImagePullPolicy = "IfNotPresent",
        Command = [options.RunnerCommand],
        Env = Environment(accountId),
        Resources = new ResourceRequirements
        {
            Requests = new Dictionary<string, string> { ["cpu"] = options.RunnerCpuRequest, ["memory"] = options.RunnerMemoryRequest },
            Limits = new Dictionary<string, string> { ["cpu"] = options.RunnerCpuLimit, ["memory"] = options.RunnerMemoryLimit },
        },
        SecurityContext = new SecurityContext
        {
            RunAsNonRoot = true,
            ReadOnlyRootFilesystem = true,
            AllowPrivilegeEscalation = false,
            Privileged = false,
            Capabilities = new Capabilities { Drop = ["ALL"] },
            SeccompProfile = new SeccompProfile { Type = "RuntimeDefault" },
        },
        VolumeMounts = [new VolumeMount { Name = TempVolume, MountPath = "/tmp" }],
    };

    // Exactly the runner's settings (README.md), as values: nothing is interpreted by a shell.
    private List<EnvVar> Environment(string accountId)
    {
        var variables = RunnerOptionsWriter.ToEnvironment(RunnerSettings.For(options, accountId, plan.RunId, plan.RunDate)).ToList();

        // Names the IRSA session after the Job, so CloudTrail ties each session to its run and account.
        variables.Add(("AWS_ROLE_SESSION_NAME", RunnerJobNames.JobName(plan.RunId, accountId)));
        variables.Add(("LOG_FORMAT", "json"));
        variables.AddRange(options.EndpointOverrides.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => (pair.Key, pair.Value)));
        var env = variables.Select(v => new EnvVar { Name = v.Name, Value = v.Value }).ToList();
        env.Add(new EnvVar { Name = "POD_NAME", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { FieldPath = "metadata.name" } } });
        return env;
    }

}
