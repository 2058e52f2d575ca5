using System.Text;
using System.Text.Json.Nodes;
using Inventory.Aws.Http;
using Inventory.Aws.Model;
using Inventory.Aws.Protocols.Rest;
using Inventory.Aws.Protocols.Wire;

namespace Inventory.Aws.Protocols;

/// <summary>
/// The REST binding rest-json and rest-xml share: members go to the URI, the query string or
/// headers as their <c>location</c> says, the rest to a body whose format the subclass supplies;
/// on the way back header and status members are read beside the body, and a string or blob
/// <c>payload</c> member is the raw body.
/// </summary>
internal abstract class RestProtocol : IAwsProtocol
{
    public AwsHttpRequest Serialize(OperationModel operation, JsonObject input)
    {
        var (path, literalQuery) = UriTemplate.Split(operation.RequestUri);
        var binding = RestRequestBinding.Bind(operation.Input, input);
        var query = PercentEncoding.Pairs(binding.Query);
        var headers = binding.Headers;
        var body = Body(operation, operation.Input, input, binding.Body);
        if (body.Length > 0 && BodyContentType is { } contentType && !headers.ContainsKey("Content-Type"))
        {
            headers["Content-Type"] = contentType;
        }

        return new AwsHttpRequest(
            operation.HttpMethod,
            UriTemplate.Expand(path, binding.Labels, operation.Name),
            string.Join('&', new[] { literalQuery, query }.Where(part => part.Length > 0)),
            headers,
            body,
            HostPrefix.Expand(operation, input));
    }

    public async Task<JsonObject> ParseAsync(OperationModel operation, AwsHttpResponse response, CancellationToken cancellationToken)
    {
        if (operation.Output is not { } output)
        {
            return [];
        }

        var body = output.Payload is { } payloadName
            ? await ReadPayloadAsync(operation, output.Members[payloadName], response.Body, cancellationToken)
            : await ReadBodyAsync(operation, response.Body, output, cancellationToken);
        return RestResponseBinding.Merge(output, response, body);
    }

    public abstract Task<AwsError> ParseErrorAsync(AwsHttpResponse response, CancellationToken cancellationToken);

    /// <summary>The Content-Type of a structured body, or null to send none.</summary>
    protected abstract string? BodyContentType { get; }

    /// <summary>What an operation with body members, none of them set, sends.</summary>
    protected abstract byte[] EmptyBody { get; }

    /// <summary>A structure as the body; <paramref name="payload"/> is the payload member when the structure is one.</summary>
    protected abstract byte[] WriteBody(OperationModel operation, Shape shape, Member? payload, JsonObject input);

    /// <summary>The body as the document of <paramref name="shape"/>; an empty body is an empty document.</summary>
    protected abstract Task<JsonObject> ReadBodyAsync(OperationModel operation, Stream body, Shape shape, CancellationToken cancellationToken);

    private byte[] Body(OperationModel operation, Shape? shape, JsonObject input, JsonObject bodyMembers)
    {
        if (shape?.Payload is { } payloadName)
        {
            var payload = shape.Members[payloadName];
            return (input[payloadName], payload.Shape.Type) switch
            {
                (null, ShapeType.String or ShapeType.Blob) => [],
                (null, _) => EmptyBody,
                ({ } value, ShapeType.String) => Encoding.UTF8.GetBytes(value.GetValue<string>()),
                ({ } value, ShapeType.Blob) => Convert.FromBase64String(value.GetValue<string>()),
                ({ } value, _) => WriteBody(operation, payload.Shape, payload, InputMembers.Object(value, payload.Shape)),
            };
        }

        if (bodyMembers.Count > 0)
        {
            return WriteBody(operation, shape!, null, bodyMembers);
        }

        return shape is not null && shape.Members.Values.Any(member => member.Location is null) ? EmptyBody : [];
    }

    /// <summary>
    /// A payload member (keyed by its name, absent for an empty body): the raw body as text for a
    /// string (S3's bucket policy), base64 for a blob, else the parsed structure.
    /// </summary>
    private async Task<JsonObject> ReadPayloadAsync(OperationModel operation, Member payload, Stream body, CancellationToken cancellationToken)
    {
        JsonNode? value;
        switch (payload.Shape.Type)
        {
            case ShapeType.String:
                using (var reader = new StreamReader(body, Encoding.UTF8, leaveOpen: true))
                {
                    value = await reader.ReadToEndAsync(cancellationToken) is { Length: > 0 } text ? JsonValue.Create(text) : null;
                }

                break;
            case ShapeType.Blob:
                using (var copy = new MemoryStream())
                {
                    await body.CopyToAsync(copy, cancellationToken);
                    value = copy.Length > 0 ? JsonValue.Create(Convert.ToBase64String(copy.GetBuffer(), 0, (int)copy.Length)) : null;
                }

                break;
            default:
                var document = await ReadBodyAsync(operation, body, payload.Shape, cancellationToken);
                value = document.Count > 0 ? document : null;
                break;
        }

        return value is null ? [] : new JsonObject { [payload.Name] = value };
    }
}
