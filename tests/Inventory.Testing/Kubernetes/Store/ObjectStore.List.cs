using System.Text;

namespace Inventory.Testing.Kubernetes;

/// <summary>Lists: pages of <c>limit</c> items with <c>continue</c> tokens, each page from the first page's snapshot.</summary>
internal sealed partial class ObjectStore
{
    private const string ContinueExpired =
        "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, "
        + "or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an "
        + "inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.";

    /// <summary>The list response body (a JobList or PodList).</summary>
    /// <exception cref="ApiException">400 for a malformed token, 410 Expired for one older than the history.</exception>
    public string List(ObjectFilter filter, int? limit, string? continueToken)
    {
        lock (_gate)
        {
            var token = string.IsNullOrEmpty(continueToken) ? null : ContinueToken.Decode(continueToken);
            if (token is not null && token.ResourceVersion < _history.Floor)
            {
                throw new ApiException(Statuses.Expired(ContinueExpired));
            }

            var at = token?.ResourceVersion ?? _revision;
            string Key(StoredObject stored) => filter.Namespace is null ? stored.Key : stored.Name;
            var matching = StateAt(filter, at)
                .Where(stored => token is null || string.CompareOrdinal(Key(stored), token.Start) >= 0)
                .Where(filter.Matches)
                .ToList();
            var page = limit is > 0 ? matching.Take(limit.Value).ToList() : matching;
            var more = page.Count < matching.Count;

            var json = new StringBuilder();
            json.Append($"{{\"kind\":\"{filter.Kind.ListKind}\",\"apiVersion\":\"{filter.Kind.ApiVersion}\",\"metadata\":{{\"resourceVersion\":\"{at}\"");
            if (more)
            {
                json.Append($",\"continue\":\"{new ContinueToken(at, Key(page[^1]) + "\0").Encode()}\"");
                if (!filter.HasSelectors)
                {
                    json.Append($",\"remainingItemCount\":{matching.Count - page.Count}");
                }
            }

            json.Append("},\"items\":[").AppendJoin(',', page.Select(stored => stored.ItemJson)).Append("]}");
            return json.ToString();
        }
    }

    /// <summary>The objects of the filter's kind and namespace as they were at <paramref name="revision"/>, in key order.</summary>
    private SortedDictionary<string, StoredObject>.ValueCollection StateAt(ObjectFilter filter, long revision)
    {
        var state = new SortedDictionary<string, StoredObject>(StringComparer.Ordinal);
        foreach (var stored in _objects[filter.Kind].Values.Where(filter.InScope))
        {
            state[stored.Key] = stored;
        }

        foreach (var change in _history.NewestFirstAfter(revision).Where(change => filter.InScope(change.Object)))
        {
            if (change.Type == StoreEventType.Added)
            {
                state.Remove(change.Object.Key);
            }
            else
            {
                state[change.Object.Key] = change.Previous!;
            }
        }

        return state.Values;
    }
}
