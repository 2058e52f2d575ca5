using System.Net.Http.Headers;
using System.Text;

namespace Inventory.Testing.Aws;

public sealed partial class MotoSeeder
{
    /// <summary>Creates a bucket (path style). Bucket names are global across moto's accounts.</summary>
    public async Task CreateBucketAsync(string accountId, string bucket, string region = MotoCredentials.DefaultRegion, CancellationToken ct = default)
    {
        // us-east-1 takes no location constraint; every other region requires one.
        var content = region == MotoCredentials.DefaultRegion
            ? null
            : Xml("<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">" +
                  $"<LocationConstraint>{region}</LocationConstraint></CreateBucketConfiguration>");
        using (content)
        {
            await raw.RestAsync(accountId, "s3", region, HttpMethod.Put, BucketPath(bucket), content, ct);
        }
    }

    public async Task PutBucketPolicyAsync(string accountId, string bucket, string policyJson, CancellationToken ct = default)
    {
        using var content = new StringContent(policyJson, Encoding.UTF8, "application/json");
        await raw.RestAsync(accountId, "s3", MotoCredentials.DefaultRegion, HttpMethod.Put, BucketPath(bucket) + "?policy", content, ct);
    }

    public async Task PutObjectAsync(string accountId, string bucket, string key, byte[] body, CancellationToken ct = default)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        await raw.RestAsync(accountId, "s3", MotoCredentials.DefaultRegion, HttpMethod.Put, ObjectPath(bucket, key), content, ct);
    }

    /// <summary>An object's bytes, e.g. to check what a test uploaded.</summary>
    public async Task<byte[]> GetObjectAsync(string accountId, string bucket, string key, CancellationToken ct = default)
    {
        using var request = raw.CreateRequest(HttpMethod.Get, ObjectPath(bucket, key), "s3", MotoCredentials.DefaultRegion, accountId);
        using var response = await raw.SendAsync(request, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        return response.IsSuccessStatusCode
            ? body
            : throw new MotoRequestException("s3", $"GET {ObjectPath(bucket, key)}", (int)response.StatusCode, Encoding.UTF8.GetString(body));
    }

    /// <summary>An object's user metadata (HeadObject's <c>x-amz-meta-*</c> headers, names without the prefix).</summary>
    public async Task<IReadOnlyDictionary<string, string>> ObjectMetadataAsync(string accountId, string bucket, string key, CancellationToken ct = default)
    {
        using var request = raw.CreateRequest(HttpMethod.Head, ObjectPath(bucket, key), "s3", MotoCredentials.DefaultRegion, accountId);
        using var response = await raw.SendAsync(request, ct);
        return response.IsSuccessStatusCode
            ? response.Headers.Where(h => h.Key.StartsWith("x-amz-meta-", StringComparison.OrdinalIgnoreCase)).ToDictionary(h => h.Key[11..].ToLowerInvariant(), h => string.Join(',', h.Value), StringComparer.Ordinal)
            : throw new MotoRequestException("s3", $"HEAD {ObjectPath(bucket, key)}", (int)response.StatusCode, "");
    }

    /// <summary>Every key under a prefix (ListObjectsV2, all pages).</summary>
    public async Task<IReadOnlyList<string>> ListObjectKeysAsync(string accountId, string bucket, string prefix = "", CancellationToken ct = default)
    {
        var keys = new List<string>();
        string? token = null;
        do
        {
            var query = $"?list-type=2&prefix={Uri.EscapeDataString(prefix)}" +
                        (token is null ? "" : $"&continuation-token={Uri.EscapeDataString(token)}");
            var xml = await raw.RestAsync(accountId, "s3", MotoCredentials.DefaultRegion, HttpMethod.Get, BucketPath(bucket) + query, ct: ct);
            keys.AddRange(XmlText.All(xml, "Key"));
            token = XmlText.Optional(xml, "NextContinuationToken");
        }
        while (!string.IsNullOrEmpty(token));

        return keys;
    }

    private static string BucketPath(string bucket) => "/" + Uri.EscapeDataString(bucket);

    private static string ObjectPath(string bucket, string key) =>
        BucketPath(bucket) + "/" + string.Join('/', key.Split('/').Select(Uri.EscapeDataString));

    private static StringContent Xml(string xml) => new(xml, Encoding.UTF8, "application/xml");
}
