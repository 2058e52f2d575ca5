using System.Text.Json.Nodes;

namespace Inventory.Collection.Engine;

/// <summary>Key edits the catalog asks for, keeping each key's place in the record.</summary>
internal static class RecordKeys
{
    /// <summary>Writes each <c>from</c> key under its <c>to</c> name, in place; <c>to</c> is null when <c>from</c> is absent.</summary>
    public static void Rename(JsonObject data, IReadOnlyDictionary<string, string> names)
    {
        foreach (var (from, to) in names)
        {
            var index = data.IndexOf(from);
            if (index < 0)
            {
                data[to] = null;
                continue;
            }

            var value = data[from];
            data.RemoveAt(index);
            data.Insert(index, to, value);
        }
    }

    /// <summary>Drops the listed item's own members and puts <paramref name="replacement"/>'s first, as if it had been the item.</summary>
    public static void ReplaceItem(JsonObject data, IReadOnlyList<string> itemKeys, JsonObject replacement)
    {
        foreach (var key in itemKeys)
        {
            data.Remove(key);
        }

        var index = 0;
        foreach (var (key, child) in replacement.ToList())
        {
            replacement.Remove(key);
            data.Remove(key);
            data.Insert(index++, key, child);
        }
    }
}
