namespace Inventory.Kubernetes;

/// <summary>A successful answer whose body is still to be read, with the deadline it is read under.</summary>
internal sealed class ApiResponse(HttpResponseMessage message, CancellationTokenSource deadline, CancellationToken caller) : IDisposable
{
    public HttpResponseMessage Message => message;

    /// <summary>Cancelled by the caller or by the call's deadline.</summary>
    public CancellationToken Token => deadline.Token;

    /// <summary>True when the deadline, not the caller, cancelled the read.</summary>
    public bool TimedOut => deadline.IsCancellationRequested && !caller.IsCancellationRequested;

    /// <summary>A watch, once its headers are in, lives as long as it asked the server for (plus grace), or until the caller stops.</summary>
    public void ExtendDeadline(TimeSpan? after) => deadline.CancelAfter(after ?? Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        message.Dispose();
        deadline.Dispose();
    }
}
