using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inventory.Aws.Http;
using Inventory.Aws.Protocols.Wire;

namespace Inventory.Aws.Protocols.Json;

/// <summary>
/// Errors of the JSON protocols (json and rest-json alike): the code from the x-amzn-ErrorType
/// header, else the body's <c>code</c> or <c>__type</c>, trimmed to the shape name
/// (<c>prefix#Code</c>, <c>Code:http://…</c>); the message from <c>message</c> or <c>Message</c>.
/// </summary>
internal static class JsonErrorReader
{
    public static async Task<AwsError> ReadAsync(AwsHttpResponse response, CancellationToken cancellationToken)
    {
        var bytes = await ResponseBody.ReadErrorAsync(response.Body, cancellationToken);
        var requestId = Headers.RequestId(response.Headers);
        var body = Parse(bytes);
        var code = Headers.Get(response.Headers, "x-amzn-ErrorType") ?? Text(body, "code") ?? Text(body, "__type");

        // awsQueryCompatible services (SQS) also send the code their query API used, which callers know.
        if (Headers.Get(response.Headers, "x-amzn-query-error") is { } queryError && queryError.Split(';')[0] is { Length: > 0 } queryCode)
        {
            code = queryCode;
        }

        if (string.IsNullOrEmpty(code))
        {
            // Front ends (and emulators) sometimes answer a JSON service in AWS's XML error shape.
            return Xml.XmlErrorReader.TryRead(bytes, response.StatusCode, requestId)
                ?? StatusError.Create(response.StatusCode, Encoding.UTF8.GetString(bytes), requestId);
        }

        var message = Text(body, "message") ?? Text(body, "Message") ?? (body is null ? StatusError.Excerpt(Encoding.UTF8.GetString(bytes)) : "");
        return new AwsError(ShapeName(code), message, response.StatusCode, requestId ?? Text(body, "requestId"));
    }

    private static string ShapeName(string code)
    {
        var name = code.Split(':', 2)[0];
        return name[(name.LastIndexOf('#') + 1)..].Trim();
    }

    private static JsonObject? Parse(byte[] bytes)
    {
        try
        {
            return bytes.Length == 0 ? null : JsonNode.Parse(bytes) as JsonObject;
        }
        catch (JsonException)
        {
            return null; // a proxy's or load balancer's page; the status tells the story
        }
    }

    private static string? Text(JsonObject? body, string name) =>
        body?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
