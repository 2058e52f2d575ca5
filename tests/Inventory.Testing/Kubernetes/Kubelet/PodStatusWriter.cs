using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>The pod status changes a scheduler and kubelet make, on a private copy of the pod.</summary>
internal static class PodStatusWriter
{
    public static JsonObject Bind(JsonObject pod, string now)
    {
        KubeJson.Child(pod, "spec")["nodeName"] = ObjectStore.KubeletNode;
        var status = KubeJson.Child(pod, "status");
        status["hostIP"] = "127.0.0.1";
        status["hostIPs"] = new JsonArray(new JsonObject { ["ip"] = "127.0.0.1" });
        status["podIP"] = "127.0.0.1";
        status["podIPs"] = new JsonArray(new JsonObject { ["ip"] = "127.0.0.1" });
        status["conditions"] = new JsonArray(Condition("PodScheduled", "True", now));
        return pod;
    }

    public static JsonObject Waiting(JsonObject pod, JsonObject container, string reason, string message)
    {
        var status = KubeJson.Child(pod, "status");
        status["containerStatuses"] = new JsonArray(ContainerStatus(pod, container, new JsonObject
        {
            ["waiting"] = new JsonObject { ["reason"] = reason, ["message"] = message },
        }, ready: false));
        return pod;
    }

    public static JsonObject Running(JsonObject pod, JsonObject container, string now)
    {
        var status = KubeJson.Child(pod, "status");
        status["phase"] = "Running";
        status["startTime"] = now;
        status["conditions"] = new JsonArray(
            Condition("PodReadyToStartContainers", "True", now),
            Condition("Initialized", "True", now),
            Condition("Ready", "True", now),
            Condition("ContainersReady", "True", now),
            Condition("PodScheduled", "True", now));
        status["containerStatuses"] = new JsonArray(ContainerStatus(pod, container, new JsonObject
        {
            ["running"] = new JsonObject { ["startedAt"] = now },
        }, ready: true));
        return pod;
    }

    public static JsonObject Terminated(JsonObject pod, JsonObject container, int exitCode, string reason, string? message, string now)
    {
        var status = KubeJson.Child(pod, "status");
        var phase = exitCode == 0 ? "Succeeded" : "Failed";
        status["phase"] = phase;
        status["startTime"] ??= now;
        var why = phase == "Succeeded" ? "PodCompleted" : "PodFailed";
        status["conditions"] = new JsonArray(
            Condition("PodReadyToStartContainers", "False", now),
            Condition("Initialized", "True", now, why),
            Condition("Ready", "False", now, why),
            Condition("ContainersReady", "False", now, why),
            Condition("PodScheduled", "True", now));
        var terminated = new JsonObject
        {
            ["exitCode"] = exitCode,
            ["reason"] = reason,
            ["startedAt"] = KubeJson.String(status["startTime"]),
            ["finishedAt"] = now,
            ["containerID"] = ContainerId(pod),
        };
        if (message is not null)
        {
            terminated["message"] = message;
        }

        status["containerStatuses"] = new JsonArray(ContainerStatus(pod, container, new JsonObject { ["terminated"] = terminated }, ready: false));
        return pod;
    }

    private static JsonObject ContainerStatus(JsonObject pod, JsonObject container, JsonObject state, bool ready) => new()
    {
        ["name"] = KubeJson.String(container["name"]),
        ["state"] = state,
        ["lastState"] = new JsonObject(),
        ["ready"] = ready,
        ["restartCount"] = 0,
        ["image"] = KubeJson.String(container["image"]),
        ["imageID"] = "",
        ["containerID"] = ContainerId(pod),
        ["started"] = ready,
    };

    private static string ContainerId(JsonObject pod) => $"fake://{KubeJson.String(pod["metadata"]?["uid"])}";

    private static JsonObject Condition(string type, string status, string now, string? reason = null)
    {
        var condition = new JsonObject { ["type"] = type, ["status"] = status, ["lastProbeTime"] = null, ["lastTransitionTime"] = now };
        if (reason is not null)
        {
            condition["reason"] = reason;
        }

        return condition;
    }
}
