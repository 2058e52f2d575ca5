using System.Diagnostics;
using Inventory.Aws.Client;
using Inventory.Aws.Credentials;
using Inventory.Aws.Organizations;
using Inventory.Hosting;
using Inventory.Kubernetes;
using k8s.Exceptions;
using k8s.Models;
using Inventory.Orchestrator.Jobs;
using Inventory.Orchestrator.Local;
using Inventory.Orchestrator.Selection;
using Inventory.Orchestrator.Supervision;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Orchestrator;

/// <summary>
/// One run: fix the run's id and date, list the organization's accounts, select, then start
/// and follow one runner Job per account (or, with DRY_RUN, print the plan). Returns an
/// <see cref="ExitCodes"/> value.
/// </summary>
internal sealed class OrchestratorRun(IOptions<OrchestratorOptions> settings, TimeProvider time, ILoggerFactory loggers, LocalTerminal? terminal = null)
{
    private readonly OrchestratorOptions _options = settings.Value;
    private readonly ILogger _logger = loggers.CreateLogger<OrchestratorRun>();

    // The orchestrator's own AWS calls (Organizations, STS), listed under one scope for progress lines.
    private readonly AwsClientOptions _aws = new() { Scope = "orchestrator", AttemptTimeout = TimeSpan.FromSeconds(settings.Value.Runners.AttemptTimeoutSeconds), Time = time };

    public async Task<int> ExecuteAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        KubernetesApi? kubernetes = null;
        using var waiting = WaitingLog.Start(_logger, () => _aws.InFlight.Longest(_aws.Scope) is { } call ? (call.Call.ToString(), call.Call.Since, call.Waiting) : null, time);
        try
        {
            if (_options.Local)
            {
                // No Kubernetes at all: the runners run in this process.
                var (accounts, ownAccountOnly) = await SelectAsync(cancellationToken);
                if (_options.DryRun)
                {
                    await LocalPlan.PrintAsync(output, _options, LocalRun.RunIdOf(_options, time), accounts, ownAccountOnly, cancellationToken);
                    return ExitCodes.Success;
                }

                return await new LocalRun(_options, time, loggers, terminal).ExecuteAsync(output, accounts, ownAccountOnly, cancellationToken);
            }

            if (!(_options.DryRun && _options.RunnerImage is not null && _options.Namespace is not null))
            {
                kubernetes = new KubernetesApi(KubernetesConfiguration.Load(_options.Kubeconfig, _options.KubeContext), logger: loggers.CreateLogger<KubernetesApi>());
            }

            var plan = await PlanAsync(kubernetes, cancellationToken);
            OrchestratorLog.Starting(_logger, plan.RunId, plan.RunDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), plan.Namespace, plan.RunnerImage, _options.MaxConcurrentRunners);

            var (selection, _) = await SelectAsync(cancellationToken);
            var builder = new RunnerJobBuilder(_options, plan);
            if (_options.DryRun)
            {
                await DryRun.PrintAsync(output, plan, selection, builder, cancellationToken);
                return ExitCodes.Success;
            }

            var watcher = new JobWatcher(kubernetes!, logger: loggers.CreateLogger<JobWatcher>());
            var supervisor = new RunnerSupervisor(kubernetes!, watcher, builder, plan, _options.MaxConcurrentRunners, time, loggers.CreateLogger<RunnerSupervisor>());
            var outcomes = await supervisor.RunAsync(selection.Selected, cancellationToken);
            var summary = new RunSummary(plan.RunId, selection, outcomes, Stopwatch.GetElapsedTime(started));
            OrchestratorLog.Summary(_logger, plan.RunId, selection.Selected.Count, selection.Skipped.Count, selection.NotInOrganization.Count, summary.Succeeded, summary.Failed.Count, summary.Duration.TotalSeconds, [.. summary.Failed.Select(f => $"{f.Account.Id}: {f.Reason}")]);
            OrchestratorLog.Table(_logger, summary.Table());
            return summary.ExitCode;
        }
        catch (KubeConfigException e)
        {
            OrchestratorLog.KubernetesFailed(_logger, e.Message);
            return ExitCodes.KubernetesUnavailable;
        }
        catch (KubernetesApiException e)
        {
            OrchestratorLog.KubernetesFailed(_logger, e.Message);
            return ExitCodes.KubernetesUnavailable;
        }
        catch (Exception e) when (e is AwsException or RoleAssumptionException or Amazon.Runtime.AmazonClientException)
        {
            var (code, message) = e is AwsException aws ? (aws.Error.Code, aws.Error.Message) : (e.GetType().Name, e.Message);
            OrchestratorLog.AccountsFailed(_logger, code, message);
            return ExitCodes.AccountsUnavailable;
        }
        finally
        {
            kubernetes?.Dispose();
        }
    }

    // The run id and date are fixed here, once, so every runner of the run writes to one folder.
    private async Task<RunPlan> PlanAsync(KubernetesApi? kubernetes, CancellationToken cancellationToken)
    {
        var ns = _options.Namespace ?? _options.PodNamespace ?? kubernetes?.Namespace ?? KubernetesConfiguration.DefaultNamespace;
        V1Pod? self = null;
        if (kubernetes is not null && _options.PodName is { } podName)
        {
            self = await kubernetes.GetPodAsync(_options.PodNamespace ?? ns, podName, cancellationToken);
        }

        var ownerJob = self?.Metadata?.OwnerReferences?.FirstOrDefault(owner => owner.Kind == V1Job.KubeKind);
        var image = _options.RunnerImage ?? (self?.Spec?.Containers is { Count: > 0 } containers ? containers[0].Image : null)
            ?? throw new KubernetesApiException("RUNNER_IMAGE is not set and the orchestrator's own pod (POD_NAME) is unknown: set RUNNER_IMAGE, or POD_NAME and POD_NAMESPACE from the downward API");
        var runId = _options.RunId ?? ownerJob?.Name ?? $"manual-{time.GetUtcNow():yyyyMMdd-HHmmss}";
        var owner = ownerJob is null ? null : new V1OwnerReference
        {
            ApiVersion = "batch/v1",
            Kind = V1Job.KubeKind,
            Name = ownerJob.Name,
            Uid = ownerJob.Uid,
            BlockOwnerDeletion = false,
            Controller = false,
        };
        return new RunPlan(runId, _options.RunDate, ns, image, owner);
    }

    // Local mode only: no organization to use means the caller's own account (ownAccountOnly).
    private async Task<(SelectionResult Selection, bool OwnAccountOnly)> SelectAsync(CancellationToken cancellationToken)
    {
        var credentials = await AwsCredentialSources.DefaultAsync(cancellationToken);
        var organizations = new OrganizationsClient(new AwsClient(credentials, _aws), _options.Runners.HomeRegion);
        var accounts = _options.Local
            ? await LocalAccounts.OrganizationOrNullAsync(organizations, cancellationToken)
            : await organizations.ListAccountsAsync(cancellationToken).ToListAsync(cancellationToken);
        var ownAccountOnly = accounts is null;
        if (accounts is null)
        {
            var caller = await LocalAccounts.CallerAsync(credentials, _options.Runners.HomeRegion, _aws, cancellationToken);
            LocalLog.OwnAccount(_logger, caller.Id);
            accounts = [caller];
        }

        List<OrganizationAccount>? underOus = null;
        foreach (var ou in ownAccountOnly ? [] : _options.IncludeOus)
        {
            underOus ??= [];
            underOus.AddRange(await organizations.ListAccountsUnderAsync(ou, cancellationToken).ToListAsync(cancellationToken));
        }

        // The same account as listed by ListAccounts, so its status is the organization's.
        var byId = accounts.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var selection = AccountSelection.Select(accounts, [.. _options.IncludeAccounts], underOus?.Select(a => byId.GetValueOrDefault(a.Id, a)).ToList(), [.. _options.ExcludeAccounts]);
        OrchestratorLog.Selected(_logger, accounts.Count, selection.Selected.Count, selection.Skipped.Count);
        foreach (var skipped in selection.Skipped)
        {
            OrchestratorLog.Skipped(_logger, skipped.Account.Id, skipped.Account.Name, skipped.Reason);
        }

        foreach (var id in selection.NotInOrganization)
        {
            OrchestratorLog.NotInOrganization(_logger, id);
        }

        return (selection, ownAccountOnly);
    }
}
