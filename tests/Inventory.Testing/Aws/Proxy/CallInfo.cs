namespace Inventory.Testing.Aws;

/// <summary>What the proxy knows about a call before forwarding it.</summary>
internal sealed record CallInfo(string Service, string Region, string? AccessKeyId, string Action, WireProtocol Protocol)
{
    /// <summary>The raw form body (still URL-encoded) of a query/ec2 call whose Action was read from it; null otherwise.</summary>
    public string? FormBody { get; init; }

    public bool IsRest => Protocol is WireProtocol.S3 or WireProtocol.RestXml or WireProtocol.RestJson;
}
