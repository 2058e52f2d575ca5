using Microsoft.AspNetCore.Http;

namespace Inventory.Testing.Aws;

/// <summary>Headers that belong to one connection and are never forwarded (RFC 9110 7.6.1).</summary>
internal static class HopByHopHeaders
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate", "Proxy-Authorization",
        "TE", "Trailer", "Transfer-Encoding", "Upgrade",
    };

    /// <summary>Hop-by-hop names plus any the Connection header lists.</summary>
    public static HashSet<string> For(IHeaderDictionary headers)
    {
        var names = new HashSet<string>(Names, StringComparer.OrdinalIgnoreCase);
        foreach (var value in headers.Connection)
        {
            foreach (var token in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                names.Add(token);
            }
        }

        return names;
    }

    public static bool Contains(string name) => Names.Contains(name);
}
