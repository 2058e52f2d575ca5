using System.Net;
using System.Security.Cryptography;
using Inventory.Testing.Aws;

namespace Inventory.Aws.Tests.Testing;

public sealed class FaultProxyForwardingTests(MotoFixture moto) : IClassFixture<MotoFixture>
{
    private const string Management = MotoCredentials.ManagementAccountId;

    [Fact]
    public async Task Forwards_raw_calls_of_each_protocol_and_records_service_action_region_and_key()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var proxy = await FaultProxy.StartAsync(moto.Server.Endpoint, ct);
        using var client = new MotoRawClient(proxy.Endpoint, "AKIAPROXYTEST0000001");

        var identity = await client.QueryAsync(Management, "sts", "us-east-1", "2011-06-15", "GetCallerIdentity", ct: ct);
        var keys = await client.JsonAsync(Management, "kms", "eu-west-1", "TrentService.ListKeys", ct: ct);
        await client.RestAsync(Management, "s3", "us-east-1", HttpMethod.Get, "/", ct: ct);

        Assert.Contains($"<Account>{Management}</Account>", identity, StringComparison.Ordinal);
        Assert.True(keys.TryGetProperty("Keys", out _));
        Assert.Equal(
            new (string, string, string, string?, int, bool)[]
            {
                ("sts", "GetCallerIdentity", "us-east-1", "AKIAPROXYTEST0000001", 200, false),
                ("kms", "ListKeys", "eu-west-1", "AKIAPROXYTEST0000001", 200, false),
                ("s3", "GET /", "us-east-1", "AKIAPROXYTEST0000001", 200, false),
            },
            proxy.Calls.Select(c => (c.Service, c.Action, c.Region, c.AccessKeyId, c.StatusCode, c.Injected)));
        proxy.ClearCalls();
        Assert.Empty(proxy.Calls);
    }

    [Fact]
    public async Task A_20_MB_body_passes_through_intact_both_ways()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var proxy = await FaultProxy.StartAsync(moto.Server.Endpoint, ct);
        using var client = new MotoRawClient(proxy.Endpoint);
        var seeder = new MotoSeeder(client);
        var body = RandomNumberGenerator.GetBytes(20 * 1024 * 1024);
        await seeder.CreateBucketAsync(Management, "large-bodies", ct: ct);

        await seeder.PutObjectAsync(Management, "large-bodies", "blob.bin", body, ct);
        var back = await seeder.GetObjectAsync(Management, "large-bodies", "blob.bin", ct);

        Assert.Equal(body.Length, back.Length);
        Assert.Equal(SHA256.HashData(body), SHA256.HashData(back));
        Assert.Contains(proxy.Calls, c => c.Action == "PUT /large-bodies/blob.bin" && c.StatusCode == 200);
    }

    [Fact]
    public async Task Signed_calls_keep_a_valid_signature_through_the_proxy_while_auth_is_enforced()
    {
        var ct = TestContext.Current.CancellationToken;
        var server = moto.Server;
        await server.ResetAsync(ct);
        await server.Seed.CreateUserAsync(Management, "signer", ct);
        var (keyId, secret) = await server.Seed.CreateAccessKeyAsync(Management, "signer", ct);
        await using var proxy = await FaultProxy.StartAsync(server.Endpoint, ct);
        using var http = new HttpClient();
        const string form = "Action=GetCallerIdentity&Version=2011-06-15";
        await server.EnforceAuthAsync(true, ct);
        try
        {
            using var good = TestSigV4.SignedFormPost(proxy.Endpoint, form, keyId, secret, "us-east-1", "sts");
            using var accepted = await http.SendAsync(good, ct);
            using var bad = TestSigV4.SignedFormPost(proxy.Endpoint, form, keyId, "wrong-secret", "us-east-1", "sts");
            using var rejected = await http.SendAsync(bad, ct);

            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            Assert.Contains($"arn:aws:iam::{Management}:user/signer", await accepted.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, rejected.StatusCode);
            Assert.Contains("SignatureDoesNotMatch", await rejected.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
            Assert.All(proxy.Calls, c => Assert.Equal((keyId, "sts", "GetCallerIdentity"), (c.AccessKeyId, c.Service, c.Action)));
        }
        finally
        {
            await server.EnforceAuthAsync(false, ct);
        }
    }
}
