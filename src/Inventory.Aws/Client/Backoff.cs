namespace Inventory.Aws.Client;

/// <summary>Exponential backoff with full jitter; a server's Retry-After is a floor.</summary>
internal static class Backoff
{
    public static TimeSpan Delay(int attempt, AwsClientOptions options, TimeSpan? retryAfter)
    {
        var ceiling = Math.Min(options.MaxDelay.TotalMilliseconds, options.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1));
        var jittered = TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
        var delay = retryAfter is { } floor && floor > jittered ? floor : jittered;
        return delay > options.MaxDelay ? options.MaxDelay : delay;
    }
}
