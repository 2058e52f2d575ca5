using Amazon.Runtime;
using Inventory.Aws.Client;
using Inventory.Aws.Endpoints;
using Inventory.Testing.Aws;

namespace Inventory.Aws.Tests.Client;

/// <summary>A test's view of moto behind a fault proxy, with clients pointed at the proxy.</summary>
public abstract class ProxiedMoto(MotoFixture moto) : IAsyncLifetime
{
    protected MotoServer Moto => moto.Server;

    protected FaultProxy Proxy { get; private set; } = null!;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Fast backoff so retry-heavy tests take milliseconds.</summary>
    protected static AwsClientOptions FastRetries { get; } = new()
    {
        BaseDelay = TimeSpan.FromMilliseconds(5),
        MaxDelay = TimeSpan.FromMilliseconds(100),
        MaxAttempts = 30,
    };

    protected AwsClient Client(AWSCredentials? credentials = null, AwsClientOptions? options = null) => new(
        credentials ?? new BasicAWSCredentials(MotoCredentials.AccessKeyId, MotoCredentials.SecretAccessKey),
        options ?? FastRetries,
        endpoints: new AwsEndpointResolver(name => name == "AWS_ENDPOINT_URL" ? Proxy.Endpoint.ToString() : null));

    public async ValueTask InitializeAsync()
    {
        await Moto.ResetAsync(Cancel);
        Proxy = await FaultProxy.StartAsync(Moto.Endpoint, Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await Proxy.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
