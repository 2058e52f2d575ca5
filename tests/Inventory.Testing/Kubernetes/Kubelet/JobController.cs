using System.Globalization;
using System.Text.Json.Nodes;

namespace Inventory.Testing.Kubernetes;

/// <summary>
/// The Job controller for one Job (one completion, pods never in parallel): a pod per attempt,
/// <c>active</c>/<c>ready</c> while it runs, Complete on exit 0, a new pod after each failure until
/// <c>backoffLimit</c> is exceeded (Failed, BackoffLimitExceeded), and the active pod deleted when
/// <c>activeDeadlineSeconds</c> passes (Failed, DeadlineExceeded). It stops when the Job is deleted.
/// </summary>
internal sealed class JobController(Kubelet kubelet, StoredObject job)
{
    private readonly CancellationTokenSource _gone = new();

    public void Gone() => _gone.Cancel();

    public async Task RunAsync(CancellationToken stopping)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(_gone.Token, stopping);
        try
        {
            await RunCoreAsync(cancel.Token, stopping);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The Job was deleted, or the fake is stopping.
        }
        catch (ApiException e) when (e.Code == 404)
        {
            // The Job was deleted between two steps.
        }
    }

    private async Task RunCoreAsync(CancellationToken cancel, CancellationToken stopping)
    {
        var spec = job.Parse()["spec"]!;
        var backoffLimit = KubeJson.Long(spec["backoffLimit"]) ?? 6;
        var started = UpdateJob(current => JobStatusWriter.Started(current, KubeJson.Now()));
        using var deadline = new CancellationTokenSource();
        if (KubeJson.Long(spec["activeDeadlineSeconds"]) is { } seconds)
        {
            var startTime = DateTimeOffset.Parse(KubeJson.String(started["status"]?["startTime"])!, CultureInfo.InvariantCulture);
            deadline.CancelAfter(TimeSpan.FromSeconds(Math.Max(0, (startTime.AddSeconds(seconds) - DateTimeOffset.UtcNow).TotalSeconds)));
        }

        for (var failures = 1; ; failures++)
        {
            cancel.ThrowIfCancellationRequested();
            if (deadline.IsCancellationRequested)
            {
                UpdateJob(current => JobStatusWriter.Failed(current, JobStatusWriter.DeadlineExceeded, KubeJson.Now()));
                return;
            }

            var pod = kubelet.CreatePod(job);
            UpdateJob(current => JobStatusWriter.Active(current, 1, 0));
            int? exitCode;
            using (deadline.Token.Register(() => kubelet.DeletePod(pod)))
            {
                exitCode = await kubelet.RunAsync(pod, () => UpdateJob(current => JobStatusWriter.Active(current, 1, 1)), stopping);
            }

            cancel.ThrowIfCancellationRequested();
            if (exitCode == 0)
            {
                UpdateJob(current => JobStatusWriter.Succeeded(current, KubeJson.Now()));
                return;
            }

            if (deadline.IsCancellationRequested || failures > backoffLimit)
            {
                var reason = deadline.IsCancellationRequested ? JobStatusWriter.DeadlineExceeded : JobStatusWriter.BackoffLimitExceeded;
                UpdateJob(current => JobStatusWriter.Failed(JobStatusWriter.PodFailed(current), reason, KubeJson.Now()));
                return;
            }

            UpdateJob(JobStatusWriter.PodFailed);
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancel, deadline.Token);
            try
            {
                await Task.Delay(Backoff(failures), wait.Token);
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                // The deadline passed while waiting: the loop reports it.
            }
        }
    }

    private TimeSpan Backoff(int failures)
    {
        var delay = kubelet.Options.RetryBackoff * Math.Pow(2, Math.Min(failures - 1, 20));
        return delay < TimeSpan.FromMinutes(6) ? delay : TimeSpan.FromMinutes(6);
    }

    private JsonObject UpdateJob(Func<JsonObject, JsonObject> change)
    {
        var stored = kubelet.Store.Update(ResourceKind.Jobs, job.Namespace, job.Name, current =>
            KubeJson.String(current["metadata"]?["uid"]) == job.Uid ? change(current) : throw new ApiException(Statuses.NotFound(ResourceKind.Jobs, job.Name)));
        return stored.Parse();
    }
}
