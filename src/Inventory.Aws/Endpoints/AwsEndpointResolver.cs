namespace Inventory.Aws.Endpoints;

/// <summary>
/// Resolves a service's endpoint in a region: AWS_ENDPOINT_URL_&lt;SERVICE_ID&gt;, then
/// AWS_ENDPOINT_URL (so the same code runs against emulators), then the partition's global
/// endpoint for global services, then <c>https://{prefix}.{region}.{dnsSuffix}</c>.
/// </summary>
public sealed class AwsEndpointResolver(Func<string, string?> environment)
{
    public static AwsEndpointResolver FromEnvironment { get; } = new(Environment.GetEnvironmentVariable);

    /// <param name="serviceId">The model's serviceId (e.g. <c>Route 53</c>), which names the override variable.</param>
    /// <param name="endpointPrefix">The model's endpointPrefix (e.g. <c>route53</c>).</param>
    /// <param name="signingName">The model's signing name.</param>
    /// <param name="region">The region the call is for.</param>
    public AwsEndpoint Resolve(string serviceId, string endpointPrefix, string signingName, string region)
    {
        var partition = AwsPartition.Of(region);
        var isGlobal = GlobalEndpoints.TryGet(endpointPrefix, partition, out var globalHost, out var globalRegion);
        var signingRegion = isGlobal ? globalRegion : region;

        if (Override(serviceId) is { } overridden)
        {
            return new AwsEndpoint(overridden, signingRegion, signingName, IsOverride: true);
        }

        var host = isGlobal ? globalHost : $"{endpointPrefix}.{region}.{partition.DnsSuffix}";
        return new AwsEndpoint(new Uri($"https://{host}"), signingRegion, signingName);
    }

    /// <summary>The configured endpoint URL for a service, if any.</summary>
    public Uri? Override(string serviceId)
    {
        if (string.Equals(environment("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var value = environment("AWS_ENDPOINT_URL_" + VariableSuffix(serviceId)) ?? environment("AWS_ENDPOINT_URL");
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return EndpointUrl.Parse(value)
            ?? throw new InvalidOperationException($"The endpoint URL configured for {serviceId} is not an absolute http(s) URL: '{value}'.");
    }

    /// <summary>AWS's rule: the service id upper-cased, spaces and dashes as underscores.</summary>
    public static string VariableSuffix(string serviceId) =>
        serviceId.Trim().ToUpperInvariant().Replace(' ', '_').Replace('-', '_');
}
