namespace Inventory.Testing.Tests.Kubernetes;

internal static class Eventually
{
    /// <summary>Polls <paramref name="condition"/> until it holds or <paramref name="timeout"/> passes.</summary>
    public static async Task<T> UntilAsync<T>(Func<T?> probe, TimeSpan? timeout = null, string? what = null)
        where T : class
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            if (probe() is { } value)
            {
                return value;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what ?? "the condition"}.");
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
