namespace Inventory.Aws.Endpoints;

/// <summary>Where a call goes and how it is signed.</summary>
/// <param name="Url">The endpoint's base URL.</param>
/// <param name="SigningRegion">The region in the SigV4 scope (a global service's home region).</param>
/// <param name="SigningName">The service name in the SigV4 scope.</param>
/// <param name="IsOverride">True when the URL came from AWS_ENDPOINT_URL(_SERVICE).</param>
public sealed record AwsEndpoint(Uri Url, string SigningRegion, string SigningName, bool IsOverride = false);
