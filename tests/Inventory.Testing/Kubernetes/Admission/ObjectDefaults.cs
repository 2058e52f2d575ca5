using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>
/// What the API server fills in on create: a Job's counts, selector and controller labels, a pod
/// spec's restart policy, grace period and pull policy, a pod's service account and Pending status.
/// Status sent by the client is dropped, as the create strategies do.
/// </summary>
internal static class ObjectDefaults
{
    public const string ControllerUid = "batch.kubernetes.io/controller-uid";
    public const string JobName = "batch.kubernetes.io/job-name";
    public const string LegacyControllerUid = "controller-uid";
    public const string LegacyJobName = "job-name";

    public static void Job(JsonObject job)
    {
        var metadata = KubeJson.Child(job, "metadata");
        var (name, uid) = (KubeJson.String(metadata["name"])!, KubeJson.String(metadata["uid"])!);
        var spec = KubeJson.Child(job, "spec");
        spec["parallelism"] ??= 1;
        spec["completions"] ??= 1;
        spec["backoffLimit"] ??= 6;
        spec["completionMode"] ??= "NonIndexed";
        spec["suspend"] ??= false;
        spec["podReplacementPolicy"] ??= "TerminatingOrFailed";
        var template = KubeJson.Child(spec, "template");
        var templateLabels = KubeJson.Child(KubeJson.Child(template, "metadata"), "labels");
        if (metadata["labels"] is not JsonObject { Count: > 0 } && templateLabels.Count > 0)
        {
            metadata["labels"] = templateLabels.DeepClone();
        }

        if (KubeJson.Bool(spec["manualSelector"]) != true)
        {
            spec["selector"] = new JsonObject { ["matchLabels"] = new JsonObject { [ControllerUid] = uid } };
            templateLabels[ControllerUid] = uid;
            templateLabels[JobName] = name;
            templateLabels[LegacyControllerUid] = uid;
            templateLabels[LegacyJobName] = name;
        }

        if (template["spec"] is JsonObject podSpec)
        {
            PodSpec(podSpec);
        }

        metadata["generation"] = 1;
        job["status"] = new JsonObject();
    }

    public static void Pod(JsonObject pod)
    {
        if (pod["spec"] is JsonObject spec)
        {
            PodSpec(spec);
            spec["serviceAccountName"] ??= "default";
            spec["serviceAccount"] = spec["serviceAccountName"]!.DeepClone();
        }

        pod["status"] = new JsonObject { ["phase"] = "Pending", ["qosClass"] = "BestEffort" };
    }

    private static void PodSpec(JsonObject spec)
    {
        spec["restartPolicy"] ??= "Always";
        spec["terminationGracePeriodSeconds"] ??= 30;
        spec["dnsPolicy"] ??= "ClusterFirst";
        spec["schedulerName"] ??= "default-scheduler";
        spec["securityContext"] ??= new JsonObject();
        foreach (var container in KubeJson.Objects(spec["containers"]))
        {
            var image = KubeJson.String(container["image"]) ?? "";
            var tagged = image.LastIndexOf(':') > image.LastIndexOf('/') || image.Contains('@', StringComparison.Ordinal);
            container["imagePullPolicy"] ??= tagged && !image.EndsWith(":latest", StringComparison.Ordinal) ? "IfNotPresent" : "Always";
            container["terminationMessagePath"] ??= "/dev/termination-log";
            container["terminationMessagePolicy"] ??= "File";
            container["resources"] ??= new JsonObject();
        }
    }
}
