namespace Inventory.Aws.Http;

/// <summary>
/// The one HttpClient every AWS call shares. Its handler pools connections per endpoint;
/// redirects stay off because a redirected request would not be re-signed.
/// </summary>
public static class AwsHttp
{
    public static HttpClient Shared { get; } = Create();

    public static HttpClient Create() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = Client.AwsHttpDefaults.ConnectTimeout,
        MaxConnectionsPerServer = 64,
        UseCookies = false,
    })
    {
        // Each attempt carries its own deadline.
        Timeout = Timeout.InfiniteTimeSpan,
    };
}
