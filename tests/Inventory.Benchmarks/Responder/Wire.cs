using System.Security;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Inventory.Benchmarks.Responder;

/// <summary>How AWS puts answers and errors on the wire, per protocol family.</summary>
internal static class Wire
{
    public const string Ec2Namespace = "http://ec2.amazonaws.com/doc/2016-11-15/";
    public const string IamNamespace = "https://iam.amazonaws.com/doc/2010-05-08/";

    public static string Escape(string text) => SecurityElement.Escape(text);

    /// <summary>An ISO 8601 time some days before a fixed date, as XML protocols write it.</summary>
    public static string IsoTime(int daysBefore, int seconds = 0) =>
        new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(-daysBefore).AddSeconds(seconds).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'");

    /// <summary>The same time in epoch seconds, as JSON protocols write it.</summary>
    public static double EpochTime(int daysBefore) =>
        new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero).AddDays(-daysBefore).ToUnixTimeSeconds();

    public static Task XmlAsync(HttpResponse response, string xml, CancellationToken cancellationToken)
    {
        response.ContentType = "text/xml;charset=UTF-8";
        return response.WriteAsync(xml, Encoding.UTF8, cancellationToken);
    }

    public static Task JsonAsync(HttpResponse response, JsonNode body, string contentType, CancellationToken cancellationToken)
    {
        response.ContentType = contentType;
        response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString();
        return response.WriteAsync(body.ToJsonString(), Encoding.UTF8, cancellationToken);
    }

    /// <summary>json and rest-json: the code in x-amzn-ErrorType and in the body.</summary>
    public static Task JsonErrorAsync(HttpResponse response, int status, string code, string message, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        response.Headers["x-amzn-ErrorType"] = code;
        return JsonAsync(response, new JsonObject { ["Type"] = "User", ["message"] = message }, "application/json", cancellationToken);
    }

    /// <summary>query (IAM): <c>&lt;ErrorResponse&gt;&lt;Error&gt;</c>.</summary>
    public static Task QueryErrorAsync(HttpResponse response, int status, string code, string message, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        return XmlAsync(response,
            $"<ErrorResponse xmlns=\"{IamNamespace}\"><Error><Type>Sender</Type><Code>{code}</Code><Message>{Escape(message)}</Message></Error>" +
            $"<RequestId>{Guid.NewGuid()}</RequestId></ErrorResponse>",
            cancellationToken);
    }
}
