using k8s.Models;

namespace Inventory.Orchestrator.Jobs;

/// <summary>What is fixed when a run starts: its id and date, where its Jobs go, what they run, who owns them.</summary>
/// <param name="Owner">The orchestrator's own Job, when it runs in one.</param>
public sealed record RunPlan(string RunId, DateOnly RunDate, string Namespace, string RunnerImage, V1OwnerReference? Owner);
