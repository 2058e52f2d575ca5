namespace Inventory.Kubernetes;

/// <summary>
/// client-go's client-side QPS/Burst limit, which the package does not have: every request that
/// leaves (each retry attempt, and a watch when it starts) takes a token from one bucket.
/// </summary>
internal sealed class RateLimitHandler(TokenBucket bucket) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await bucket.AcquireAsync(cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
