namespace Inventory.Testing.Aws;

/// <summary>What the proxy knows about a call before forwarding it.</summary>
internal sealed record CallInfo(string Service, string Region, string? AccessKeyId, string Action, WireProtocol Protocol)
{
    public bool IsRest => Protocol is WireProtocol.S3 or WireProtocol.RestXml or WireProtocol.RestJson;
}
