using System.Globalization;

namespace Inventory.Testing.Kubernetes;

/// <summary>Watches: resume from a resourceVersion within the history, bookmarks, injected drops.</summary>
internal sealed partial class ObjectStore
{
    private readonly List<WatchSubscription> _watches = [];
    private int? _dropAfter;

    /// <summary>
    /// Opens a watch. Without a resourceVersion (or "0") it starts with an ADDED event per
    /// matching object; with one it replays the history after it, or sends one ERROR event
    /// (410 Expired) and ends when that version is older than the history.
    /// </summary>
    public WatchSubscription Watch(ObjectFilter filter, string? resourceVersion, bool external)
    {
        var watch = new WatchSubscription(filter, external);
        lock (_gate)
        {
            if (string.IsNullOrEmpty(resourceVersion) || resourceVersion == "0")
            {
                _watches.Add(watch);
                foreach (var stored in _objects[filter.Kind].Values.Where(filter.Matches))
                {
                    Delivered(watch, watch.Send(WatchMessage.For("ADDED", stored)));
                }
            }
            else
            {
                var from = ParseRevision(resourceVersion);
                if (from < _history.Floor)
                {
                    watch.Send(WatchMessage.Error(Statuses.Expired($"too old resource version: {from} ({_history.Floor})")));
                    watch.Complete();
                    return watch;
                }

                _watches.Add(watch);
                foreach (var change in _history.After(from))
                {
                    Delivered(watch, watch.Offer(change));
                }
            }
        }

        return watch;
    }

    public void Unwatch(WatchSubscription watch)
    {
        lock (_gate)
        {
            _watches.Remove(watch);
        }

        watch.Complete();
    }

    /// <summary>Queues a BOOKMARK at the current version: every change up to it has been offered.</summary>
    public void Bookmark(WatchSubscription watch)
    {
        lock (_gate)
        {
            watch.Send(WatchMessage.Bookmark(watch.Filter.Kind, _revision));
        }
    }

    /// <summary>Once: after <paramref name="events"/> more events reach clients' watches, all of those watches end.</summary>
    public void DropWatchesAfter(int events)
    {
        lock (_gate)
        {
            _dropAfter = events;
            if (events <= 0)
            {
                DropExternalWatches();
            }
        }
    }

    /// <summary>Forgets the history (compaction): older resourceVersions and continue tokens get 410 Expired.</summary>
    public void ExpireHistory()
    {
        lock (_gate)
        {
            _history.Compact(_revision);
        }
    }

    public void CloseAllWatches()
    {
        lock (_gate)
        {
            foreach (var watch in _watches)
            {
                watch.Complete();
            }

            _watches.Clear();
        }
    }

    private void Publish(StoreEvent change)
    {
        foreach (var watch in _watches.ToList())
        {
            Delivered(watch, watch.Offer(change));
        }
    }

    private void Delivered(WatchSubscription watch, bool sent)
    {
        if (!sent || !watch.External || _dropAfter is not { } remaining)
        {
            return;
        }

        _dropAfter = remaining - 1;
        if (_dropAfter <= 0)
        {
            DropExternalWatches();
        }
    }

    private void DropExternalWatches()
    {
        _dropAfter = null;
        foreach (var watch in _watches.Where(watch => watch.External).ToList())
        {
            watch.Complete();
            _watches.Remove(watch);
        }
    }

    private static long ParseRevision(string resourceVersion) =>
        long.TryParse(resourceVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var revision)
            ? revision
            : throw new ApiException(Statuses.BadRequest($"invalid resource version: {resourceVersion}"));
}
