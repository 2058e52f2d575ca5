namespace Inventory.Testing.Aws;

/// <summary>The AWS protocol of a call, as far as its error shape goes.</summary>
internal enum WireProtocol
{
    Json,
    Ec2,
    Query,
    S3,
    RestXml,
    RestJson,
}
