using Microsoft.AspNetCore.Http;

namespace Inventory.Testing.Kubernetes;

/// <summary>
/// Writes a watch as the API server does: 200, then one JSON event per line, flushed as it
/// happens, until the client leaves, <c>timeoutSeconds</c> passes, or the server ends the watch.
/// </summary>
internal static class WatchStreamer
{
    public static async Task StreamAsync(HttpContext context, ObjectStore store, WatchSubscription watch, TimeSpan? bookmarkInterval, TimeSpan? timeout, CancellationToken stopping)
    {
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        if (timeout is { } limit)
        {
            ended.CancelAfter(limit);
        }

        try
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/json";
            await context.Response.StartAsync(ended.Token);
            await context.Response.Body.FlushAsync(ended.Token); // clients wait for the headers before the first event
            while (await NextAsync(store, watch, bookmarkInterval, ended.Token))
            {
                while (watch.Reader.TryRead(out var message))
                {
                    await context.Response.WriteAsync(message.ToLine(), ended.Token);
                }

                await context.Response.Body.FlushAsync(ended.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client left, the timeout passed, or the server is stopping: the stream just ends.
        }
        finally
        {
            store.Unwatch(watch);
        }
    }

    /// <summary>Waits for the next message, queuing a BOOKMARK whenever the stream has been idle for the interval.</summary>
    private static async Task<bool> NextAsync(ObjectStore store, WatchSubscription watch, TimeSpan? bookmarkInterval, CancellationToken ended)
    {
        while (true)
        {
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(ended);
            if (bookmarkInterval is { } interval)
            {
                idle.CancelAfter(interval);
            }

            try
            {
                return await watch.Reader.WaitToReadAsync(idle.Token);
            }
            catch (OperationCanceledException) when (!ended.IsCancellationRequested)
            {
                store.Bookmark(watch);
            }
        }
    }
}
