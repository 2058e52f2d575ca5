namespace Inventory.Aws.Http;

/// <summary>
/// A serialized, not yet signed AWS request: what a protocol produces and the signer signs.
/// Holds no HttpClient state, so protocols are testable as pure functions.
/// </summary>
/// <param name="Method">GET, POST, PUT…</param>
/// <param name="Path">The encoded path, starting with '/'.</param>
/// <param name="Query">Encoded query string without '?', or empty.</param>
/// <param name="Headers">Headers the protocol sets (Content-Type, X-Amz-Target…).</param>
/// <param name="Body">The body, empty for none.</param>
/// <param name="HostPrefix">A prefix the operation puts before the endpoint's host.</param>
public sealed record AwsHttpRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    ReadOnlyMemory<byte> Body,
    string? HostPrefix = null);
