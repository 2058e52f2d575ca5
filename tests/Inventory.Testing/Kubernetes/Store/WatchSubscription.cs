using System.Threading.Channels;

namespace Inventory.Testing.Kubernetes;

/// <summary>
/// One open watch: the store offers it every change (under its lock, so the order is the commit
/// order) and it queues the ones its filter selects, translating selector transitions the way
/// the watch cache does (an object that stops matching is DELETED, one that starts is ADDED).
/// </summary>
internal sealed class WatchSubscription(ObjectFilter filter, bool external)
{
    private readonly Channel<WatchMessage> _messages = Channel.CreateUnbounded<WatchMessage>(new UnboundedChannelOptions { SingleReader = true });

    public ObjectFilter Filter { get; } = filter;

    /// <summary>An HTTP client's watch (counted by fault injection), as opposed to the kubelet's own.</summary>
    public bool External { get; } = external;

    public ChannelReader<WatchMessage> Reader => _messages.Reader;

    /// <summary>Returns whether a message was queued. Call under the store's lock.</summary>
    public bool Offer(StoreEvent change)
    {
        if (!Filter.InScope(change.Object))
        {
            return false;
        }

        var now = change.Type != StoreEventType.Deleted && Filter.Matches(change.Object);
        var before = change.Type switch
        {
            StoreEventType.Added => false,
            StoreEventType.Modified => change.Previous is not null && Filter.Matches(change.Previous),
            _ => Filter.Matches(change.Previous ?? change.Object),
        };
        var type = (before, now) switch
        {
            (false, true) => "ADDED",
            (true, true) => "MODIFIED",
            (true, false) => "DELETED",
            _ => null,
        };
        return type is not null && Send(WatchMessage.For(type, change.Object));
    }

    public bool Send(WatchMessage message) => _messages.Writer.TryWrite(message);

    public void Complete() => _messages.Writer.TryComplete();
}
