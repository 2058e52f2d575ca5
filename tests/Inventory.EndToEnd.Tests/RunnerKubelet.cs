using Inventory.Run;
using Inventory.Testing.Kubernetes;

namespace Inventory.EndToEnd.Tests;

/// <summary>
/// FakeKubernetes' kubelet playing the runner image: <c>/app/inventory-runner</c> is the real runner
/// (<c>dotnet inventory-runner.dll</c> beside the tests), its service account carries the IRSA
/// annotation for Inventory-Runner, and AWS_ENDPOINT_URL points every AWS call at the proxy.
/// </summary>
internal static class RunnerKubelet
{
    public const string ServiceAccount = "aws-inventory-runner-sa";

    public static KubeletOptions Options(Uri awsEndpoint, int maxProcesses) => new()
    {
        Resolve = container => container.Command is ["/app/inventory-runner"]
            ? new KubeletCommand("dotnet", [Path.Combine(AppContext.BaseDirectory, "inventory-runner.dll"), .. container.Args])
            : null,
        ServiceAccounts = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [ServiceAccount] = new Dictionary<string, string> { ["eks.amazonaws.com/role-arn"] = SeededOrganization.RunnerRoleArn },
        },
        ExtraEnvironment = new Dictionary<string, string> { ["AWS_ENDPOINT_URL"] = awsEndpoint.ToString() },
        Region = "us-east-1",
        MaxProcesses = maxProcesses,
    };
}
