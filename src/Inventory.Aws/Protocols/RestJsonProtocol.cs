using System.Text.Json.Nodes;
using Inventory.Aws.Http;
using Inventory.Aws.Model;
using Inventory.Aws.Protocols.Json;

namespace Inventory.Aws.Protocols;

/// <summary>
/// The rest-json protocol (Lambda, EKS…): the REST binding with a JSON body, written and read by
/// the same parts as the json protocol's, and JSON errors named by x-amzn-ErrorType or the body.
/// </summary>
internal sealed class RestJsonProtocol : RestProtocol
{
    protected override string? BodyContentType => "application/json";

    protected override byte[] EmptyBody => "{}"u8.ToArray();

    public override Task<AwsError> ParseErrorAsync(AwsHttpResponse response, CancellationToken cancellationToken) =>
        JsonErrorReader.ReadAsync(response, cancellationToken);

    protected override byte[] WriteBody(OperationModel operation, Shape shape, Member? payload, JsonObject input) =>
        JsonBodyWriter.Write(shape, input);

    protected override Task<JsonObject> ReadBodyAsync(OperationModel operation, Stream body, Shape shape, CancellationToken cancellationToken) =>
        JsonBodyReader.ReadAsync(body, shape, cancellationToken);
}
