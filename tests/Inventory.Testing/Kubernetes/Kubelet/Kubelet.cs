using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>
/// Kubelet mode: watches the store like the real controllers do, starts a
/// <see cref="JobController"/> per new Job, and stops a pod's process when the pod is deleted.
/// Processes are bounded by <see cref="KubeletOptions.MaxProcesses"/> and all killed on dispose.
/// </summary>
internal sealed class Kubelet : IAsyncDisposable
{
    private readonly Admission _admission;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<string, JobController> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PodRunner> _pods = new(StringComparer.Ordinal);
    private readonly List<Task> _work = [];
    private readonly WatchSubscription _jobFeed;
    private readonly WatchSubscription _podFeed;

    public Kubelet(ObjectStore store, Admission admission, KubeletOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxProcesses, 1);
        (Store, _admission, Options) = (store, admission, options);
        Slots = new SemaphoreSlim(options.MaxProcesses);
        VolumesRoot = Directory.CreateTempSubdirectory("fake-kubelet-").FullName;
        _jobFeed = store.Watch(ObjectFilter.All(ResourceKind.Jobs), WatchMessage.Revision(store.Revision), external: false);
        _podFeed = store.Watch(ObjectFilter.All(ResourceKind.Pods), WatchMessage.Revision(store.Revision), external: false);
        Track(Task.Run(() => FollowJobsAsync(_stopping.Token)));
        Track(Task.Run(() => FollowPodsAsync(_stopping.Token)));
    }

    public ObjectStore Store { get; }

    public KubeletOptions Options { get; }

    public SemaphoreSlim Slots { get; }

    public string VolumesRoot { get; }

    public PodLogs Logs { get; } = new();

    /// <summary>Creates the next pod of a Job from its template, through admission (defaults, webhook).</summary>
    public StoredObject CreatePod(StoredObject job)
    {
        var body = job.Parse();
        var template = body["spec"]?["template"] as JsonObject ?? [];
        var templateMetadata = template["metadata"] as JsonObject ?? [];
        var pod = new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Pod",
            ["metadata"] = new JsonObject
            {
                ["generateName"] = $"{job.Name}-",
                ["labels"] = templateMetadata["labels"]?.DeepClone(),
                ["annotations"] = templateMetadata["annotations"]?.DeepClone(),
                ["ownerReferences"] = new JsonArray(new JsonObject
                {
                    ["apiVersion"] = ResourceKind.Jobs.ApiVersion,
                    ["kind"] = ResourceKind.Jobs.Kind,
                    ["name"] = job.Name,
                    ["uid"] = job.Uid,
                    ["controller"] = true,
                    ["blockOwnerDeletion"] = true,
                }),
            },
            ["spec"] = template["spec"]?.DeepClone(),
        };
        return Store.Create(ResourceKind.Pods, _admission.PrepareCreate(ResourceKind.Pods, job.Namespace, pod));
    }

    public async Task<int?> RunAsync(StoredObject pod, Action running, CancellationToken stopping)
    {
        var runner = new PodRunner(this, pod);
        _pods[pod.Uid] = runner;
        try
        {
            return await runner.RunAsync(running, stopping);
        }
        finally
        {
            _pods.TryRemove(pod.Uid, out _);
        }
    }

    /// <summary>Deletes a pod as the Job controller does when a deadline passes (gracefully).</summary>
    public void DeletePod(StoredObject pod)
    {
        try
        {
            Store.Delete(ResourceKind.Pods, pod.Namespace, pod.Name, new DeleteRequest(DeleteRequest.Background, PreconditionUid: pod.Uid));
        }
        catch (ApiException)
        {
            // Already gone, or replaced by another pod of that name.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        Store.Unwatch(_jobFeed);
        Store.Unwatch(_podFeed);
        Task[] work;
        lock (_work)
        {
            work = [.. _work];
        }

        await Task.WhenAll(work).WaitAsync(TimeSpan.FromSeconds(30));
        Slots.Dispose();
        _stopping.Dispose();
        try
        {
            Directory.Delete(VolumesRoot, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    private async Task FollowJobsAsync(CancellationToken stopping)
    {
        await foreach (var message in Messages(_jobFeed, stopping))
        {
            var job = message.Object!;
            if (message.Type == "ADDED" && !_jobs.ContainsKey(job.Uid))
            {
                var body = job.Parse();
                if (!JobState.IsFinished(body) && !JobState.IsSuspended(body))
                {
                    var controller = new JobController(this, job);
                    _jobs[job.Uid] = controller;
                    Track(Task.Run(() => controller.RunAsync(stopping), CancellationToken.None));
                }
            }
            else if (message.Type == "DELETED" && _jobs.TryRemove(job.Uid, out var controller))
            {
                controller.Gone();
            }
        }
    }

    private async Task FollowPodsAsync(CancellationToken stopping)
    {
        await foreach (var message in Messages(_podFeed, stopping))
        {
            var pod = message.Object!;
            if (!_pods.TryGetValue(pod.Uid, out var runner))
            {
                continue;
            }

            var metadata = pod.Parse()["metadata"]!;
            if (message.Type == "DELETED")
            {
                runner.Terminate(0);
            }
            else if (metadata["deletionTimestamp"] is not null)
            {
                runner.Terminate(KubeJson.Long(metadata["deletionGracePeriodSeconds"]) ?? 30);
            }
        }
    }

    private static async IAsyncEnumerable<WatchMessage> Messages(WatchSubscription feed, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken stopping)
    {
        while (true)
        {
            try
            {
                if (!await feed.Reader.WaitToReadAsync(stopping))
                {
                    yield break;
                }
            }
            catch (OperationCanceledException)
            {
                yield break;
            }

            while (feed.Reader.TryRead(out var message))
            {
                yield return message;
            }
        }
    }

    private void Track(Task task)
    {
        lock (_work)
        {
            _work.RemoveAll(done => done.IsCompleted);
            _work.Add(task);
        }
    }
}
