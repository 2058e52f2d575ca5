using System.Text.Json.Nodes;
using System.Xml.Linq;
using Inventory.Aws.Http;
using Inventory.Aws.Model;
using Inventory.Aws.Protocols.Xml;

namespace Inventory.Aws.Protocols;

/// <summary>
/// The rest-xml protocol (S3, Route 53, CloudFront): the REST binding with an XML body, read by
/// the same part as the query protocols' responses. The body's root element is the payload
/// member's (or the input shape's) name; its members are the root's children.
/// </summary>
internal sealed class RestXmlProtocol : RestProtocol
{
    protected override string? BodyContentType => null;

    protected override byte[] EmptyBody => [];

    public override Task<AwsError> ParseErrorAsync(AwsHttpResponse response, CancellationToken cancellationToken) =>
        XmlErrorReader.ReadAsync(response, cancellationToken);

    protected override byte[] WriteBody(OperationModel operation, Shape shape, Member? payload, JsonObject input) =>
        payload is null
            ? XmlBodyWriter.Write(
                operation.InputLocationName ?? shape.LocationName ?? shape.Name,
                operation.InputXmlNamespace ?? shape.XmlNamespace ?? operation.Service.XmlNamespace,
                shape,
                input)
            : XmlBodyWriter.Write(
                payload.LocationName ?? shape.LocationName ?? payload.Name,
                payload.XmlNamespace ?? shape.XmlNamespace ?? operation.Service.XmlNamespace,
                shape,
                input);

    // A ResponseRoot quirk (Model/Quirks.cs): the root is a member's own element, read as that member.
    protected override async Task<JsonObject> ReadBodyAsync(OperationModel operation, Stream body, Shape shape, CancellationToken cancellationToken) =>
        await XmlBodyReader.LoadAsync(body, cancellationToken) is { } root
            ? XmlBodyReader.Structure(Quirks.Applies(operation, QuirkStage.ResponseRoot) ? new XElement("Root", root) : root, shape)
            : [];
}
