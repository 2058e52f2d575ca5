using Inventory.Run;
using System.Xml.Linq;
using Inventory.Testing.Aws;

namespace Inventory.EndToEnd.Tests;

/// <summary>
/// Who an access key belongs to, asked of moto directly (GetCallerIdentity, unsigned: auth is off),
/// so the proxy's call records can be tied to identities: an assumed role's key answers its
/// <c>arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION</c>.
/// </summary>
internal static class CallerIdentity
{
    public static async Task<string> ArnAsync(Uri moto, string accessKeyId, CancellationToken ct)
    {
        using var client = new MotoRawClient(moto, accessKeyId);
        using var request = client.CreateRequest(HttpMethod.Post, "/", "sts", "us-east-1", accountId: null);
        request.Content = new FormUrlEncodedContent([new("Action", "GetCallerIdentity"), new("Version", "2011-06-15")]);
        using var response = await client.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.IsSuccessStatusCode, $"GetCallerIdentity for {accessKeyId}: {(int)response.StatusCode} {body}");
        return XDocument.Parse(body).Descendants().Single(e => e.Name.LocalName == "Arn").Value;
    }
}
