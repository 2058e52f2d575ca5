using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Inventory.Aws.Tests.Testing;

/// <summary>
/// A minimal SigV4 signer for a form POST to "/", so the fixture self-tests can prove the proxy keeps
/// signatures valid without depending on the code under test.
/// </summary>
internal static class TestSigV4
{
    public static HttpRequestMessage SignedFormPost(
        Uri endpoint, string form, string accessKeyId, string secret, string region, string service)
    {
        var now = DateTimeOffset.UtcNow;
        var amzDate = now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var date = amzDate[..8];
        const string contentType = "application/x-www-form-urlencoded; charset=utf-8";
        var host = endpoint.Authority;
        var canonical = string.Join('\n',
            "POST", "/", "",
            $"content-type:{contentType}", $"host:{host}", $"x-amz-date:{amzDate}", "",
            "content-type;host;x-amz-date", Hex(SHA256.HashData(Encoding.UTF8.GetBytes(form))));
        var scope = $"{date}/{region}/{service}/aws4_request";
        var toSign = string.Join('\n', "AWS4-HMAC-SHA256", amzDate, scope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))));
        var key = new[] { date, region, service, "aws4_request" }
            .Aggregate(Encoding.UTF8.GetBytes("AWS4" + secret), (k, part) => HMACSHA256.HashData(k, Encoding.UTF8.GetBytes(part)));
        var signature = Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(toSign)));

        var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(form)),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Headers.Host = host;
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        request.Headers.TryAddWithoutValidation("Authorization",
            $"AWS4-HMAC-SHA256 Credential={accessKeyId}/{scope}, SignedHeaders=content-type;host;x-amz-date, Signature={signature}");
        return request;
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
