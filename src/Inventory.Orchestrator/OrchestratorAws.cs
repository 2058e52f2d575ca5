using Inventory.Aws.Client;
using Inventory.Aws.Credentials;
using Inventory.Aws.Organizations;

namespace Inventory.Orchestrator;

/// <summary>
/// The orchestrator's own AWS calls (Organizations, STS) on the caller's credentials, under one
/// scope for progress lines. The default chain is resolved at first use, not while the graph is
/// built: it is async, and its failure is the run's to report (exit 3).
/// </summary>
internal sealed class OrchestratorAws(OrchestratorOptions options, TimeProvider time)
{
    private AwsClient? _client;

    public AwsClientOptions Limits { get; } = new() { Scope = "orchestrator", AttemptTimeout = TimeSpan.FromSeconds(options.Runners.AttemptTimeoutSeconds), Time = time };

    public async Task<AwsClient> ClientAsync(CancellationToken cancellationToken) =>
        _client ??= new AwsClient(await AwsCredentialSources.DefaultAsync(cancellationToken), Limits);

    /// <summary>Organizations in the home region (AWS_REGION).</summary>
    public async Task<OrganizationsClient> OrganizationsAsync(CancellationToken cancellationToken) =>
        new(await ClientAsync(cancellationToken), options.Runners.HomeRegion);
}
