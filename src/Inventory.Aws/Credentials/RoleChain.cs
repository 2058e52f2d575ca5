using Amazon.Runtime;
using Inventory.Aws.Client;
using Inventory.Aws.Endpoints;

namespace Inventory.Aws.Credentials;

/// <summary>
/// Source credentials followed by any number of AssumeRole hops, each signed by the previous one:
/// <c>RoleChain.From(source, region).Assume(roleA, "session-1").Assume(roleB, "session-2").Credentials</c>.
/// Immutable: every <see cref="Assume(RoleHop)"/> returns a longer chain.
/// </summary>
public sealed class RoleChain : IDisposable
{
    private readonly string _region;
    private readonly AwsEndpointResolver? _endpoints;
    private readonly AwsClientOptions? _limits;

    private RoleChain(AWSCredentials credentials, string region, AwsEndpointResolver? endpoints, AwsClientOptions? limits, IReadOnlyList<AssumeRoleCredentials> hops)
    {
        Credentials = credentials;
        _region = region;
        _endpoints = endpoints;
        _limits = limits;
        Hops = hops;
    }

    /// <summary>The credentials at the end of the chain (the source when no hop was added).</summary>
    public AWSCredentials Credentials { get; }

    /// <summary>The assumed roles, first hop first.</summary>
    public IReadOnlyList<AssumeRoleCredentials> Hops { get; }

    /// <param name="source">Where the chain starts (e.g. <see cref="AwsCredentialSources.DefaultAsync"/>).</param>
    /// <param name="region">Whose regional STS endpoint every hop calls.</param>
    /// <param name="endpoints">Endpoint resolution; the process environment when null.</param>
    /// <param name="limits">Timeouts, retries and scope of every hop's STS calls.</param>
    public static RoleChain From(AWSCredentials source, string region, AwsEndpointResolver? endpoints = null, AwsClientOptions? limits = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        return new RoleChain(source, region, endpoints, limits, []);
    }

    public RoleChain Assume(string roleArn, string sessionName, string? externalId = null, TimeSpan? duration = null) =>
        Assume(new RoleHop(roleArn, sessionName, externalId, duration));

    public RoleChain Assume(RoleHop hop)
    {
        var next = new AssumeRoleCredentials(Credentials, hop, _region, _endpoints, _limits);
        return new RoleChain(next, _region, _endpoints, _limits, [.. Hops, next]);
    }

    /// <summary>Releases the STS clients of every hop up to this one.</summary>
    public void Dispose()
    {
        foreach (var hop in Hops)
        {
            hop.Dispose();
        }
    }
}
