using System.Text.Json.Nodes;

namespace Inventory.Deployment.Tests.Support;

/// <summary>Every pod spec in rendered objects, wherever the kind keeps it.</summary>
internal static class PodTemplates
{
    public static IEnumerable<(string Owner, JsonObject Spec)> In(IEnumerable<JsonObject> objects)
    {
        foreach (var o in objects)
        {
            var path = o.Str("kind") switch
            {
                "Pod" => ["spec"],
                "CronJob" => new[] { "spec", "jobTemplate", "spec", "template", "spec" },
                "Job" or "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" => ["spec", "template", "spec"],
                _ => null,
            };
            if (path is not null && o.At(path) is JsonObject spec)
            {
                yield return ($"{o.Str("kind")}/{o.Str("metadata", "name")}", spec);
            }
        }
    }

    public static IEnumerable<JsonObject> Containers(JsonObject spec) =>
        spec.Objects("initContainers").Concat(spec.Objects("containers")).Concat(spec.Objects("ephemeralContainers"));
}
