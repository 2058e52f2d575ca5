using System.Globalization;
using Inventory.Kubernetes;
using k8s.Models;
using Microsoft.Extensions.Logging;

namespace Inventory.Orchestrator.Jobs;

/// <summary>
/// Fixes a Jobs run once: its id (RUN_ID, else the orchestrator's own Job), date, namespace,
/// runner image (RUNNER_IMAGE, else the orchestrator pod's own) and the Job that owns the runners.
/// The cluster is reached only when needed: a dry run that names its image and namespace needs none.
/// </summary>
internal sealed class JobPlanner(OrchestratorOptions options, Lazy<KubernetesApi> kubernetes, TimeProvider time, ILogger<JobPlanner> logger)
{
    private Task<RunPlan>? _plan;

    /// <summary>The first call plans and logs the run's start; later calls return the same plan.</summary>
    public Task<RunPlan> PlanAsync(CancellationToken cancellationToken) => _plan ??= PlanOnceAsync(cancellationToken);

    private async Task<RunPlan> PlanOnceAsync(CancellationToken cancellationToken)
    {
        var cluster = options.Run.DryRun && options.Jobs.Image is not null && options.Jobs.Namespace is not null ? null : kubernetes.Value;
        var ns = options.Jobs.Namespace ?? options.Cluster.PodNamespace ?? cluster?.Namespace ?? KubernetesConfiguration.DefaultNamespace;
        V1Pod? self = null;
        if (cluster is not null && options.Cluster.PodName is { } podName)
        {
            self = await cluster.GetPodAsync(options.Cluster.PodNamespace ?? ns, podName, cancellationToken);
        }

        var ownerJob = self?.Metadata?.OwnerReferences?.FirstOrDefault(owner => owner.Kind == V1Job.KubeKind);
        var image = options.Jobs.Image ?? (self?.Spec?.Containers is { Count: > 0 } containers ? containers[0].Image : null)
            ?? throw new KubernetesApiException("RUNNER_IMAGE is not set and the orchestrator's own pod (POD_NAME) is unknown: set RUNNER_IMAGE, or POD_NAME and POD_NAMESPACE from the downward API");
        var runId = options.Run.RunId ?? ownerJob?.Name ?? $"manual-{time.GetUtcNow():yyyyMMdd-HHmmss}";
        var owner = ownerJob is null ? null : new V1OwnerReference
        {
            ApiVersion = "batch/v1",
            Kind = V1Job.KubeKind,
            Name = ownerJob.Name,
            Uid = ownerJob.Uid,
            BlockOwnerDeletion = false,
            Controller = false,
        };
        var plan = new RunPlan(runId, options.Run.RunDate, ns, image, owner);
        OrchestratorLog.Starting(logger, plan.RunId, plan.RunDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), plan.Namespace, plan.RunnerImage, options.Run.MaxConcurrentRunners);
        return plan;
    }
}
