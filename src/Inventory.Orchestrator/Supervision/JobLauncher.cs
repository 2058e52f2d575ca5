using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Inventory.Aws.Organizations;
using Inventory.Kubernetes;
using k8s;
using k8s.Models;
using Inventory.Orchestrator.Jobs;
using Inventory.Orchestrator.Selection;
using Microsoft.Extensions.Logging;

namespace Inventory.Orchestrator.Supervision;

/// <summary>
/// Runs one runner Job per account with at most MAX_CONCURRENT_RUNNERS active: creates Jobs
/// while there is room, follows them with a list-then-watch, and starts the next when one
/// finishes. A Job that already exists (409, a re-run of the same run) is adopted. A refusal no
/// retry fixes (403 from RBAC, 401) ends the run: every other account would be refused the same way.
/// The cluster is connected on first use (<see cref="JobPlanner"/>), never while the graph is built.
/// </summary>
internal sealed class JobLauncher(
    OrchestratorOptions options, JobPlanner planner, Lazy<KubernetesApi> cluster, Lazy<JobWatcher> watchers, RunnerJobBuilder builder, TimeProvider time, ILogger<JobLauncher> logger)
    : IRunnerLauncher
{
    public async Task<string> PlanAsync(CancellationToken cancellationToken) => (await planner.PlanAsync(cancellationToken)).RunId;

    public async Task PrintPlanAsync(TextWriter output, SelectionResult selection, CancellationToken cancellationToken) =>
        await DryRun.PrintAsync(output, await planner.PlanAsync(cancellationToken), selection, builder, cancellationToken);

    public async Task<IReadOnlyList<AccountOutcome>> RunAsync(SelectionResult selection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var plan = await planner.PlanAsync(cancellationToken);
        var (kubernetes, watcher) = (cluster.Value, watchers.Value);
        var accounts = selection.Selected;
        var maxConcurrent = options.Run.MaxConcurrentRunners;
        var pending = new Queue<OrganizationAccount>(accounts);
        var running = new Dictionary<string, (OrganizationAccount Account, DateTimeOffset Started, bool Adopted)>(StringComparer.Ordinal);
        var outcomes = new List<AccountOutcome>();
        using var stopWatching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var events = Channel.CreateUnbounded<JobEvent>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var watching = ForwardAsync(watcher, plan, events.Writer, stopWatching.Token);
        try
        {
            await FillAsync();
            while (outcomes.Count < accounts.Count)
            {
                JobEvent change;
                try
                {
                    change = await events.Reader.ReadAsync(cancellationToken);
                }
                catch (ChannelClosedException e) when (e.InnerException is KubernetesApiException denied)
                {
                    // The watch cannot go on (RBAC, a bad selector): the run cannot follow its runners.
                    ExceptionDispatchInfo.Throw(denied);
                    throw;
                }

                if (change.Object.Metadata?.Name is not { } name || !running.TryGetValue(name, out var run))
                {
                    continue;
                }

                if (Ended(change) is { } ended)
                {
                    running.Remove(name);
                    var reason = ended.Succeeded || change.Type == WatchEventType.Deleted ? ended.Reason : await WithTerminationMessageAsync(kubernetes, plan, name, ended.Reason, cancellationToken);
                    Record(new AccountOutcome(run.Account, ended.Succeeded, reason, time.GetUtcNow() - run.Started) { JobName = name, Adopted = run.Adopted });
                    await FillAsync();
                }
            }
        }
        finally
        {
            await stopWatching.CancelAsync();
            await watching;
        }

        return outcomes;

        async Task FillAsync()
        {
            while (running.Count < maxConcurrent && pending.TryDequeue(out var account))
            {
                var job = builder.Build(plan, account.Id);
                var name = job.Metadata!.Name!;
                var (existing, error) = await CreateOrAdoptAsync(kubernetes, plan, job, cancellationToken);
                if (error is not null)
                {
                    Record(new AccountOutcome(account, false, error, TimeSpan.Zero) { JobName = name });
                }
                else if (existing is not null && Ended(existing) is { } ended)
                {
                    var reason = ended.Succeeded ? null : await WithTerminationMessageAsync(kubernetes, plan, name, ended.Reason, cancellationToken);
                    Record(new AccountOutcome(account, ended.Succeeded, reason, TimeSpan.Zero) { JobName = name, Adopted = true });
                }
                else
                {
                    running[name] = (account, existing?.Metadata?.CreationTimestamp ?? time.GetUtcNow(), existing is not null);
                }
            }
        }

        void Record(AccountOutcome outcome)
        {
            outcomes.Add(outcome);
            OrchestratorLog.RunnerFinished(logger, outcome.Account.Id, outcome.JobName!, outcome.Outcome, outcome.Detail ?? "", outcomes.Count, accounts.Count);
        }
    }

    // Null existing and null error: created. An existing Job: adopted. An error: not created, and why.
    private async Task<(V1Job? Existing, string? Error)> CreateOrAdoptAsync(KubernetesApi kubernetes, RunPlan plan, V1Job job, CancellationToken cancellationToken)
    {
        var name = job.Metadata!.Name!;
        try
        {
            await kubernetes.CreateJobAsync(plan.Namespace, job, cancellationToken);
            OrchestratorLog.RunnerCreated(logger, name, job.Metadata.Labels![RunnerJobNames.AccountLabel]);
            return (null, null);
        }
        catch (KubernetesApiException e) when (e.StatusCode == 409)
        {
            var existing = await kubernetes.GetJobAsync(plan.Namespace, name, cancellationToken);
            OrchestratorLog.RunnerAdopted(logger, name);
            return existing is null ? (null, $"Job {name} existed and then vanished") : (existing, null);
        }
        catch (KubernetesApiException e) when (!e.IsDenied)
        {
            return (null, $"could not create Job {name}: {e.Message}");
        }
    }

    // The Job's condition says only how it ended (BackoffLimitExceeded); the runner's last pod says why,
    // in the termination message it writes (AWS's code and message). Without it (no pod left, pods not
    // listable) the condition alone is the reason.
    private async Task<string?> WithTerminationMessageAsync(KubernetesApi kubernetes, RunPlan plan, string job, string? reason, CancellationToken cancellationToken)
    {
        try
        {
            var pods = await kubernetes.ListPodsAsync(plan.Namespace, $"{RunnerJobNames.PodJobNameLabel}={job}", cancellationToken);
            var message = pods.Items
                .OrderByDescending(pod => pod.Metadata?.CreationTimestamp)
                .SelectMany(pod => pod.Status?.ContainerStatuses ?? [])
                .Select(status => status.State?.Terminated?.Message?.Trim())
                .FirstOrDefault(text => !string.IsNullOrEmpty(text));
            return message is null ? reason : $"{reason}; the runner said: {message.ReplaceLineEndings(" ")}";
        }
        catch (KubernetesApiException e)
        {
            OrchestratorLog.TerminationMessageUnavailable(logger, job, e.Message);
            return reason;
        }
    }

    private static async Task ForwardAsync(JobWatcher watcher, RunPlan plan, ChannelWriter<JobEvent> events, CancellationToken cancellationToken)
    {
        // Let the caller's loop start before the first list.
        await Task.Yield();
        try
        {
            await foreach (var change in watcher.WatchAsync(plan.Namespace, RunnerJobNames.Selector(plan.RunId), cancellationToken))
            {
                await events.WriteAsync(change, cancellationToken);
            }

            events.TryComplete();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            events.TryComplete();
        }
        catch (Exception e)
        {
            // The watch cannot go on (RBAC, a bad selector): the launcher's read fails with it.
            events.TryComplete(e);
        }
    }

    private static (bool Succeeded, string? Reason)? Ended(JobEvent change) =>
        change.Type == WatchEventType.Deleted ? (false, "the Job was deleted before it finished") : Ended(change.Object);

    private static (bool Succeeded, string? Reason)? Ended(V1Job job) =>
        job.IsComplete() ? (true, null)
        : job.IsFailed() ? (false, $"{job.FailureReason()}: {job.FailureMessage()}".Trim(' ', ':'))
        : null;
}
