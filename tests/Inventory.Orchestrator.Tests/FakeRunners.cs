using Inventory.Testing.Kubernetes;

namespace Inventory.Orchestrator.Tests;

/// <summary>Kubelet mode with a stand-in runner: a short Python process that fails for the accounts it is told to.</summary>
internal static class FakeRunners
{
    public static KubeletOptions Kubelet(params string[] failingAccounts) => new()
    {
        Resolve = container => container.Command is ["/app/inventory-runner"]
            ? new KubeletCommand("python3", ["-c", Script, string.Join(',', failingAccounts)])
            : null,
        MaxProcesses = 16,
    };

    // Sleeps a little so runs overlap, then, for a failing account, leaves a termination message as the runner does and exits 1; 0 otherwise.
    private const string Script =
        "import os, sys, time; time.sleep(0.3); failing = os.environ['ACCOUNT_ID'] in sys.argv[1].split(','); "
        + "failing and open(os.environ['TERMINATION_MESSAGE_PATH'], 'w').write('AccessDenied: refused ' + os.environ['ACCOUNT_ID']); sys.exit(1 if failing else 0)";
}
