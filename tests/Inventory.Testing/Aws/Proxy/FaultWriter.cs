using System.Globalization;
using System.Security;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Inventory.Testing.Aws;

/// <summary>Writes an injected error in the service's own protocol and error shape.</summary>
internal static class FaultWriter
{
    public static async Task WriteAsync(HttpContext context, CallInfo call, Fault fault, InjectedError error)
    {
        var requestId = Guid.NewGuid().ToString();
        var response = context.Response;
        response.StatusCode = error.Status;
        response.Headers["x-amzn-RequestId"] = requestId;
        if (fault.RetryAfter is { } retryAfter)
        {
            response.Headers.RetryAfter = Math.Ceiling(Math.Max(0, retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        var (contentType, body) = Render(context.Request, call.Protocol, error, requestId);
        if (call.Protocol is WireProtocol.Json or WireProtocol.RestJson)
        {
            response.Headers["x-amzn-ErrorType"] = error.Code;
        }
        else if (call.Protocol is WireProtocol.S3)
        {
            response.Headers["x-amz-request-id"] = requestId;
        }

        response.ContentType = contentType;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.WriteAsync(body, context.RequestAborted);
        }
    }

    private static (string ContentType, string Body) Render(HttpRequest request, WireProtocol protocol, InjectedError error, string requestId)
    {
        var code = SecurityElement.Escape(error.Code);
        var message = SecurityElement.Escape(error.Message);
        var type = error.SenderFault ? "Sender" : "Receiver";
        return protocol switch
        {
            WireProtocol.Json => (JsonContentType(request), JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["__type"] = error.Code,
                ["message"] = error.Message,
            })),
            WireProtocol.RestJson => ("application/json", JsonSerializer.Serialize(new Dictionary<string, string> { ["message"] = error.Message })),
            WireProtocol.Ec2 => ("text/xml",
                $"<Response><Errors><Error><Code>{code}</Code><Message>{message}</Message></Error></Errors><RequestID>{requestId}</RequestID></Response>"),
            WireProtocol.S3 => ("application/xml",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{message}</Message><RequestId>{requestId}</RequestId></Error>"),
            _ => ("text/xml",
                $"<ErrorResponse><Error><Type>{type}</Type><Code>{code}</Code><Message>{message}</Message></Error><RequestId>{requestId}</RequestId></ErrorResponse>"),
        };
    }

    private static string JsonContentType(HttpRequest request) =>
        request.ContentType?.StartsWith("application/x-amz-json-1.0", StringComparison.OrdinalIgnoreCase) == true
            ? "application/x-amz-json-1.0"
            : "application/x-amz-json-1.1";
}
