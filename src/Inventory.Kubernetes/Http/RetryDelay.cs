namespace Inventory.Kubernetes;

/// <summary>Exponential backoff with full jitter; the server's Retry-After is a floor; MaxDelay caps both.</summary>
internal static class RetryDelay
{
    public static TimeSpan For(int attempt, KubernetesApiOptions options, TimeSpan? retryAfter)
    {
        var ceiling = Math.Min(options.MaxDelay.TotalMilliseconds, options.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1));
        var delay = TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
        if (retryAfter is { } floor && floor > delay)
        {
            delay = floor;
        }

        return delay > options.MaxDelay ? options.MaxDelay : delay;
    }

    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is { Ticks: > 0 } until ? until : TimeSpan.Zero,
        _ => null,
    };
}
