using System.Text.Json.Nodes;
using Inventory.Aws.Http;
using Inventory.Aws.Model;
using Inventory.Aws.Protocols.Json;
using Inventory.Aws.Protocols.Wire;

namespace Inventory.Aws.Protocols;

/// <summary>
/// The json protocol, versions 1.0 and 1.1 (Organizations, SQS, KMS…): every operation is a POST
/// to / naming itself in X-Amz-Target, with the input as a JSON body (<c>{}</c> when empty).
/// </summary>
internal sealed class JsonProtocol : IAwsProtocol
{
    public AwsHttpRequest Serialize(OperationModel operation, JsonObject input)
    {
        var service = operation.Service;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Content-Type"] = $"application/x-amz-json-{service.JsonVersion ?? "1.0"}",
            ["X-Amz-Target"] = $"{service.TargetPrefix}.{operation.Name}",
        };
        return new AwsHttpRequest(
            operation.HttpMethod, operation.RequestUri, "", headers, JsonBodyWriter.Write(operation.Input, input), HostPrefix.Expand(operation, input));
    }

    public Task<JsonObject> ParseAsync(OperationModel operation, AwsHttpResponse response, CancellationToken cancellationToken) =>
        operation.Output is { } output
            ? JsonBodyReader.ReadAsync(response.Body, output, cancellationToken)
            : Task.FromResult(new JsonObject());

    public Task<AwsError> ParseErrorAsync(AwsHttpResponse response, CancellationToken cancellationToken) =>
        JsonErrorReader.ReadAsync(response, cancellationToken);
}
