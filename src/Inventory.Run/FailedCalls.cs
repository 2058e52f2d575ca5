using Inventory.Collection.Engine;

namespace Inventory.Run;

/// <summary>Failed calls named in one line for summaries: the first few, then how many more the report lists.</summary>
public static class FailedCalls
{
    public static string Describe(IReadOnlyList<CollectionError> errors, int shown = 3)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var named = string.Join("; ", errors.Take(shown).Select(e => $"{e.Service} {e.Region} {e.Operation} {e.Code}: {e.Message}"));
        return errors.Count > shown ? $"{named}; and {errors.Count - shown} more" : named;
    }
}
