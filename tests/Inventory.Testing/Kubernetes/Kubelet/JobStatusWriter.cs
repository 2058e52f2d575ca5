using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>
/// The Job status changes the Job controller makes, on a private copy of the Job. A finished Job
/// gets the interim condition first, as controllers since Kubernetes 1.31 write them
/// (SuccessCriteriaMet then Complete, FailureTarget then Failed).
/// </summary>
internal static class JobStatusWriter
{
    public const string BackoffLimitExceeded = "BackoffLimitExceeded";
    public const string DeadlineExceeded = "DeadlineExceeded";

    public static JsonObject Started(JsonObject job, string now)
    {
        var status = KubeJson.Child(job, "status");
        status["startTime"] ??= now;
        status["uncountedTerminatedPods"] ??= new JsonObject();
        return job;
    }

    public static JsonObject Active(JsonObject job, int active, int ready)
    {
        var status = KubeJson.Child(job, "status");
        if (active > 0)
        {
            status["active"] = active;
        }
        else
        {
            status.Remove("active");
        }

        status["ready"] = ready;
        status["terminating"] = 0;
        return job;
    }

    public static JsonObject PodFailed(JsonObject job)
    {
        var status = KubeJson.Child(job, "status");
        status["failed"] = (KubeJson.Long(status["failed"]) ?? 0) + 1;
        return Active(job, 0, 0);
    }

    public static JsonObject Succeeded(JsonObject job, string now, string? reason = null)
    {
        var status = KubeJson.Child(Started(job, now), "status");
        status["succeeded"] = (KubeJson.Long(status["succeeded"]) ?? 0) + 1;
        status["completionTime"] = now;
        Active(job, 0, 0);
        var conditions = KubeJson.ChildArray(status, "conditions");
        const string message = "Reached expected number of succeeded pods";
        conditions.Add(Condition("SuccessCriteriaMet", reason ?? "CompletionsReached", message, now));
        conditions.Add(Condition("Complete", reason ?? "CompletionsReached", message, now));
        return job;
    }

    public static JsonObject Failed(JsonObject job, string reason, string now)
    {
        var status = KubeJson.Child(Started(job, now), "status");
        Active(job, 0, 0);
        var message = reason switch
        {
            BackoffLimitExceeded => "Job has reached the specified backoff limit",
            DeadlineExceeded => "Job was active longer than specified deadline",
            _ => reason,
        };
        var conditions = KubeJson.ChildArray(status, "conditions");
        conditions.Add(Condition("FailureTarget", reason, message, now));
        conditions.Add(Condition("Failed", reason, message, now));
        return job;
    }

    private static JsonObject Condition(string type, string reason, string message, string now) => new()
    {
        ["type"] = type,
        ["status"] = "True",
        ["lastProbeTime"] = now,
        ["lastTransitionTime"] = now,
        ["reason"] = reason,
        ["message"] = message,
    };
}
