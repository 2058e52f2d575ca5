using System.Text.Json.Nodes;
using Inventory.Aws.Http;
using Inventory.Aws.Model;

namespace Inventory.Aws.Protocols;

/// <summary>
/// One AWS wire protocol (json, query, ec2, rest-json, rest-xml): turns an operation's input
/// document into a request and a response back into one JSON document model, so callers
/// treat every protocol alike. List-ness, maps and timestamps come from the model's shapes.
/// </summary>
public interface IAwsProtocol
{
    /// <summary>Builds the request; <paramref name="input"/> uses the model's member names.</summary>
    AwsHttpRequest Serialize(OperationModel operation, JsonObject input);

    /// <summary>Reads a successful response body into the output shape's document.</summary>
    Task<JsonObject> ParseAsync(OperationModel operation, AwsHttpResponse response, CancellationToken cancellationToken);

    /// <summary>Reads an error response (any status ≥ 300) into the one error shape.</summary>
    Task<AwsError> ParseErrorAsync(AwsHttpResponse response, CancellationToken cancellationToken);
}
