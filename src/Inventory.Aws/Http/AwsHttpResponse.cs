namespace Inventory.Aws.Http;

/// <summary>A received response as the protocols see it: status, headers and the body stream.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Headers">Response and content headers, case-insensitive, values joined by ','.</param>
/// <param name="Body">The body; the caller disposes it.</param>
public sealed record AwsHttpResponse(int StatusCode, IReadOnlyDictionary<string, string> Headers, Stream Body);
