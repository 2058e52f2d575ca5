using System.Diagnostics;
using Inventory.Aws.Client;
using Inventory.Aws.Credentials;
using Inventory.Hosting;
using Inventory.Kubernetes;
using k8s.Exceptions;
using Inventory.Orchestrator.Selection;
using Inventory.Orchestrator.Supervision;
using Microsoft.Extensions.Logging;

namespace Inventory.Orchestrator;

/// <summary>
/// One run, whichever the launcher (Jobs or in-process): plan, select the accounts, then print
/// the plan (DRY_RUN) or launch a runner per account, then summarize. Returns an
/// <see cref="ExitCodes"/> value.
/// </summary>
internal sealed class OrchestratorRun(
    OrchestratorOptions options, IRunnerLauncher launcher, AccountSelector accounts, OrchestratorAws aws, TimeProvider time, ILogger<OrchestratorRun> logger)
{
    public async Task<int> ExecuteAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var waiting = WaitingLog.Start(logger, () => aws.Limits.InFlight.Longest(aws.Limits.Scope) is { } call ? (call.Call.ToString(), call.Call.Since, call.Waiting) : null, time);
        try
        {
            var runId = await launcher.PlanAsync(cancellationToken);
            var selection = await accounts.SelectAsync(cancellationToken);
            if (options.Run.DryRun)
            {
                await launcher.PrintPlanAsync(output, selection, cancellationToken);
                return ExitCodes.Success;
            }

            var outcomes = await launcher.RunAsync(selection, cancellationToken);
            var summary = new RunSummary(runId, selection, outcomes, Stopwatch.GetElapsedTime(started));
            summary.Log(logger);
            launcher.Summarize(summary);
            return summary.ExitCode;
        }
        catch (KubeConfigException e)
        {
            OrchestratorLog.KubernetesFailed(logger, e.Message);
            return ExitCodes.KubernetesUnavailable;
        }
        catch (KubernetesApiException e)
        {
            OrchestratorLog.KubernetesFailed(logger, e.Message);
            return ExitCodes.KubernetesUnavailable;
        }
        catch (Exception e) when (e is AwsException or RoleAssumptionException or Amazon.Runtime.AmazonClientException)
        {
            var (code, message) = e is AwsException aws ? (aws.Error.Code, aws.Error.Message) : (e.GetType().Name, e.Message);
            OrchestratorLog.AccountsFailed(logger, code, message);
            return ExitCodes.AccountsUnavailable;
        }
    }
}
