namespace Inventory.Testing.Kubernetes;

/// <summary>One request the fake answered.</summary>
/// <param name="Query">The raw query string without its leading '?' (empty when none).</param>
/// <param name="Status">The HTTP status sent (200 for a watch that was opened).</param>
/// <param name="Time">When the request arrived.</param>
public sealed record RecordedRequest(string Method, string Path, string Query, int Status, DateTimeOffset Time);
