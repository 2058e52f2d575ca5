using System.CommandLine;

namespace Inventory.Orchestrator;

/// <summary>The orchestrator's arguments, parsed by System.CommandLine; every other setting is an environment variable.</summary>
internal static class OrchestratorCommandLine
{
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Print the plan (accounts, Jobs or, with --local, regions, services and destination); create and write nothing. Also DRY_RUN=true." };
    private static readonly Option<bool> Local = new("--local") { Description = "No Kubernetes: collect every selected account in this process, into OUTPUT_DIR (default ./inventory) or S3_BUCKET. Also LOCAL=true." };
    private static readonly Option<string> EndpointUrl = new("--endpoint-url") { Description = "AWS_ENDPOINT_URL for this process: an AWS-compatible emulator such as http://127.0.0.1:5000." };
    private static readonly Option<string> Kubeconfig = new("--kubeconfig") { Description = "The kubeconfig file (else KUBECONFIG, ~/.kube/config, then in-cluster)." };
    private static readonly Option<string> Context = new("--context") { Description = "The kubeconfig context to use." };

    // After the options: static fields initialise in order.
    public static RootCommand Command { get; } = new("Lists an AWS Organization's accounts and collects each one's inventory through one runner Job per account (or in-process with --local). Settings are environment variables: see README.md.")
    {
        DryRun, Local, EndpointUrl, Kubeconfig, Context,
    };

    public static OrchestratorArguments Read(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return new(parsed.GetValue(DryRun), parsed.GetValue(Local), parsed.GetValue(EndpointUrl), parsed.GetValue(Kubeconfig), parsed.GetValue(Context));
    }

    /// <summary>Parses and reads in one step, for tests; errors are the caller's to check.</summary>
    public static OrchestratorArguments Read(IReadOnlyList<string> arguments) => Read(Command.Parse(arguments));
}

/// <summary>What the orchestrator's command line says.</summary>
internal sealed record OrchestratorArguments(bool DryRun, bool Local, string? EndpointUrl, string? Kubeconfig, string? Context)
{
    public static OrchestratorArguments None { get; } = new(false, false, null, null, null);
}
