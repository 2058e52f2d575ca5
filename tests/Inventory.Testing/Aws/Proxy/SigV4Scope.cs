using Microsoft.AspNetCore.Http;

namespace Inventory.Testing.Aws;

/// <summary>The credential scope of a SigV4 request: AKID/date/region/service/aws4_request.</summary>
internal sealed record SigV4Scope(string AccessKeyId, string Region, string Service)
{
    public static SigV4Scope? From(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        var start = authorization.IndexOf("Credential=", StringComparison.Ordinal);
        if (start >= 0)
        {
            var rest = authorization[(start + "Credential=".Length)..];
            var end = rest.IndexOfAny([',', ' ']);
            return Parse(end < 0 ? rest : rest[..end]);
        }

        var presigned = request.Query["X-Amz-Credential"].ToString();
        return presigned.Length > 0 ? Parse(presigned) : null;
    }

    private static SigV4Scope? Parse(string credential)
    {
        var parts = credential.Split('/');
        return parts.Length == 5 ? new SigV4Scope(parts[0], parts[2], parts[3]) : null;
    }
}
