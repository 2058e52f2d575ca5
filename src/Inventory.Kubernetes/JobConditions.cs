using k8s.Models;

namespace Inventory.Kubernetes;

/// <summary>How a Job ended, read from its conditions (the Job controller sets Complete or Failed to True).</summary>
public static class JobConditions
{
    public static bool IsComplete(this V1Job job) => FindTrue(job, "Complete") is not null;

    public static bool IsFailed(this V1Job job) => FindTrue(job, "Failed") is not null;

    /// <summary>The Failed condition's reason (BackoffLimitExceeded, DeadlineExceeded, …), or null.</summary>
    public static string? FailureReason(this V1Job job) => FindTrue(job, "Failed")?.Reason;

    /// <summary>The Failed condition's message, or null.</summary>
    public static string? FailureMessage(this V1Job job) => FindTrue(job, "Failed")?.Message;

    private static V1JobCondition? FindTrue(V1Job job, string type) =>
        job.Status?.Conditions?.FirstOrDefault(condition => condition.Type == type && condition.Status == "True");
}
