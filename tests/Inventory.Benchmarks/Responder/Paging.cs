namespace Inventory.Benchmarks.Responder;

/// <summary>Offset-based page tokens: opaque enough for the client, trivial for the responder.</summary>
internal static class Paging
{
    /// <summary>The page starting at the token's offset: its first index, its end, and the next token (null on the last page).</summary>
    public static (int Start, int End, string? Next) Page(string? token, int total, int pageSize)
    {
        var start = token is { Length: > 4 } && token.StartsWith("tok-", StringComparison.Ordinal) ? int.Parse(token[4..], System.Globalization.CultureInfo.InvariantCulture) : 0;
        var end = Math.Min(total, start + pageSize);
        return (start, end, end < total ? $"tok-{end}" : null);
    }
}
