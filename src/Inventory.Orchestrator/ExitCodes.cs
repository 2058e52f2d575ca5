using Inventory.Hosting;

namespace Inventory.Orchestrator;

/// <summary>What the orchestrator's exit code tells the CronJob (and whoever alerts on it).</summary>
public static class ExitCodes
{
    /// <summary>Every selected account's runner succeeded (or, with DRY_RUN, the plan was printed).</summary>
    public const int Success = 0;

    public const int Unexpected = OneShotService.Unexpected;

    /// <summary>A setting is missing or wrong; stderr names it.</summary>
    public const int InvalidConfiguration = 2;

    /// <summary>The organization's accounts could not be listed (IRSA role, Organizations permissions).</summary>
    public const int AccountsUnavailable = 3;

    /// <summary>The Kubernetes API could not be used (kubeconfig, RBAC, the own pod not found).</summary>
    public const int KubernetesUnavailable = 4;

    /// <summary>At least one selected account's runner failed: the summary names them.</summary>
    public const int RunnersFailed = 5;

    /// <summary>Stopped by SIGTERM before the run finished.</summary>
    public const int Terminated = OneShotService.Terminated;
}
