using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>Reads a Job's state the way the Job controller and kubectl do.</summary>
internal static class JobState
{
    public static bool IsFinished(JsonObject job) => FinishedCondition(job) is not null;

    /// <summary>"Complete" or "Failed" when that condition is True, else null.</summary>
    public static string? FinishedCondition(JsonObject job) =>
        KubeJson.Objects(job["status"]?["conditions"])
            .Where(condition => KubeJson.String(condition["status"]) == "True")
            .Select(condition => KubeJson.String(condition["type"]))
            .FirstOrDefault(type => type is "Complete" or "Failed");

    public static bool IsSuspended(JsonObject job) => KubeJson.Bool(job["spec"]?["suspend"]) == true;
}
