using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>Seeding and inspection for tests, through the same admission and storage as the API.</summary>
public sealed partial class FakeKubernetes
{
    /// <summary>
    /// Adds a running pod with one container named "main" (e.g. the orchestrator's own pod, which it
    /// reads to learn its image). It is bound to a node the kubelet does not own: no process runs.
    /// </summary>
    /// <returns>The stored pod.</returns>
    public JsonObject AddPod(string ns, string name, string image, IDictionary<string, string>? labels = null)
    {
        var pod = new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Pod",
            ["metadata"] = new JsonObject
            {
                ["name"] = name,
                ["labels"] = new JsonObject((labels ?? new Dictionary<string, string>()).Select(label => KeyValuePair.Create(label.Key, (JsonNode?)label.Value))),
            },
            ["spec"] = new JsonObject { ["containers"] = new JsonArray(new JsonObject { ["name"] = "main", ["image"] = image }) },
        };
        var stored = Seed(() => _store.Create(ResourceKind.Pods, _admission.PrepareCreate(ResourceKind.Pods, ns, pod)));
        return Seed(() => _store.Update(ResourceKind.Pods, ns, name, current =>
        {
            KubeJson.Child(current, "spec")["nodeName"] = "fake-node";
            var now = KubeJson.Now();
            current["status"] = new JsonObject
            {
                ["phase"] = "Running",
                ["hostIP"] = "127.0.0.1",
                ["podIP"] = "127.0.0.1",
                ["startTime"] = now,
                ["containerStatuses"] = new JsonArray(new JsonObject
                {
                    ["name"] = "main",
                    ["image"] = image,
                    ["imageID"] = "",
                    ["ready"] = true,
                    ["started"] = true,
                    ["restartCount"] = 0,
                    ["state"] = new JsonObject { ["running"] = new JsonObject { ["startedAt"] = now } },
                }),
                ["qosClass"] = "BestEffort",
            };
            return current;
        })).Parse();
    }

    /// <summary>Creates a Job as a POST would (defaults, validation); in kubelet mode it runs.</summary>
    /// <exception cref="InvalidOperationException">The API would refuse it (the message is the Status message).</exception>
    public JsonObject AddJob(string ns, JsonObject job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return Seed(() => _store.Create(ResourceKind.Jobs, _admission.PrepareCreate(ResourceKind.Jobs, ns, (JsonObject)job.DeepClone()))).Parse();
    }

    /// <summary>The Jobs in <paramref name="ns"/> now, by name, as private copies.</summary>
    public IReadOnlyList<JsonObject> Jobs(string ns) => _store.Snapshot(ObjectFilter.All(ResourceKind.Jobs, ns)).Select(job => job.Parse()).ToList();

    /// <summary>The Pods in <paramref name="ns"/> now, by name, as private copies.</summary>
    public IReadOnlyList<JsonObject> Pods(string ns) => _store.Snapshot(ObjectFilter.All(ResourceKind.Pods, ns)).Select(pod => pod.Parse()).ToList();

    /// <summary>
    /// Finishes a Job as the Job controller would: succeeded (SuccessCriteriaMet + Complete,
    /// completionTime) or failed (<c>failed</c> + 1, FailureTarget + Failed with <paramref name="reason"/>,
    /// by default BackoffLimitExceeded). For tests without kubelet mode.
    /// </summary>
    public void SetJobStatus(string ns, string name, bool succeeded, string? reason = null) =>
        Seed(() => _store.Update(ResourceKind.Jobs, ns, name, job => succeeded
            ? JobStatusWriter.Succeeded(job, KubeJson.Now(), reason)
            : JobStatusWriter.Failed(JobStatusWriter.PodFailed(job), reason ?? JobStatusWriter.BackoffLimitExceeded, KubeJson.Now())));

    /// <summary>A kubelet-mode pod's stdout and stderr so far (kept after the pod is deleted).</summary>
    /// <exception cref="KeyNotFoundException">No process ever ran for that pod.</exception>
    public string Logs(string ns, string podName) =>
        _kubelet?.Logs.Find(ns, podName) ?? throw new KeyNotFoundException($"No logs for pod {ns}/{podName}: {(_kubelet is null ? "kubelet mode is off" : "no process ran for it")}.");

    private static StoredObject Seed(Func<StoredObject> action)
    {
        try
        {
            return action();
        }
        catch (ApiException e)
        {
            throw new InvalidOperationException($"FakeKubernetes refused it ({e.Code} {e.Reason}): {e.Message}", e);
        }
    }
}
