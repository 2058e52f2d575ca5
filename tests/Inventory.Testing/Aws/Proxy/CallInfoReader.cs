using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Inventory.Testing.Aws;

/// <summary>Reads service, region, key, action and protocol from a request, leaving its body intact.</summary>
internal static class CallInfoReader
{
    // Query-protocol forms are small; bigger bodies are not peeked (their Action stays unknown).
    private const long MaxPeekedForm = 8 * 1024 * 1024;

    public static async Task<CallInfo> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var scope = SigV4Scope.From(request);
        var service = scope?.Service.ToLowerInvariant() ?? "";
        var region = scope?.Region ?? "";
        var target = request.Headers["X-Amz-Target"].ToString();
        if (target.Length > 0)
        {
            return new CallInfo(service, region, scope?.AccessKeyId, target[(target.LastIndexOf('.') + 1)..], WireProtocol.Json);
        }

        var action = request.Query["Action"].ToString();
        string? formBody = null;
        if (action.Length == 0)
        {
            (action, formBody) = await PeekFormAsync(request, ct);
        }

        if (action.Length > 0)
        {
            var protocol = service == "ec2" ? WireProtocol.Ec2 : WireProtocol.Query;
            return new CallInfo(service, region, scope?.AccessKeyId, action, protocol) { FormBody = formBody };
        }

        var restProtocol = service switch
        {
            "s3" => WireProtocol.S3,
            "route53" or "cloudfront" => WireProtocol.RestXml,
            _ => WireProtocol.RestJson,
        };
        return new CallInfo(service, region, scope?.AccessKeyId, $"{request.Method} {request.PathBase}{request.Path}", restProtocol);
    }

    /// <returns>The form's Action ("" when none) and its raw text (null when not peeked).</returns>
    private static async Task<(string Action, string? Body)> PeekFormAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) != true
            || request.ContentLength is null or 0 or > MaxPeekedForm)
        {
            return ("", null);
        }

        request.EnableBuffering();
        using (var reader = new StreamReader(request.Body, Encoding.UTF8, false, 4096, leaveOpen: true))
        {
            var body = await reader.ReadToEndAsync(ct);
            request.Body.Position = 0;
            var form = QueryHelpers.ParseQuery(body);
            return (form.TryGetValue("Action", out var action) ? action.ToString() : "", body);
        }
    }
}
