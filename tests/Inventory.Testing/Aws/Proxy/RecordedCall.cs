namespace Inventory.Testing.Aws;

/// <summary>
/// One call that went through the <see cref="FaultProxy"/>. Service, Region and AccessKeyId come from
/// the SigV4 credential scope (Service and Region "" and AccessKeyId null when unsigned). Action is
/// the X-Amz-Target operation, else the Action parameter, else "{METHOD} {path}". StatusCode is what
/// the client got (0 when the connection was aborted). Injected: the proxy answered instead of
/// upstream. At: when the call arrived; calls are listed in the order they finished.
/// </summary>
public sealed record RecordedCall(
    string Service, string Action, string Region, string? AccessKeyId, int StatusCode, bool Injected, DateTimeOffset At)
{
    /// <summary>The fault applied, if any (a Latency fault forwards, so Injected stays false).</summary>
    public Fault? Fault { get; init; }

    /// <summary>The request's query string ("?policy"), which tells REST operations on one path apart.</summary>
    public string Query { get; init; } = "";
}
