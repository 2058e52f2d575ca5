namespace Inventory.Aws.Protocols.Wire;

/// <summary>Header lookups that ignore case whatever comparer the caller's dictionary has.</summary>
internal static class Headers
{
    public static string? Get(IReadOnlyDictionary<string, string> headers, string name)
    {
        if (headers.TryGetValue(name, out var value))
        {
            return value;
        }

        foreach (var (key, candidate) in headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The request id AWS sends in a header (x-amzn-RequestId, or x-amz-request-id for S3).</summary>
    public static string? RequestId(IReadOnlyDictionary<string, string> headers) =>
        Get(headers, "x-amzn-RequestId") ?? Get(headers, "x-amz-request-id");
}
