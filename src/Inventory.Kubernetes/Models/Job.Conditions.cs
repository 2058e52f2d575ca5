namespace Inventory.Kubernetes;

/// <summary>How a Job ended, read from its conditions (the Job controller sets Complete or Failed to True).</summary>
public sealed partial record Job
{
    public bool IsComplete() => FindTrue("Complete") is not null;

    public bool IsFailed() => FindTrue("Failed") is not null;

    /// <summary>The Failed condition's reason (BackoffLimitExceeded, DeadlineExceeded, …), or null.</summary>
    public string? FailureReason() => FindTrue("Failed")?.Reason;

    /// <summary>The Failed condition's message, or null.</summary>
    public string? FailureMessage() => FindTrue("Failed")?.Message;

    private JobCondition? FindTrue(string type) =>
        Status?.Conditions?.FirstOrDefault(condition => condition.Type == type && condition.Status == "True");
}
