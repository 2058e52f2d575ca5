using System.Text.Json;
using Inventory.Testing.Aws;

namespace Inventory.Aws.Tests.Testing;

public sealed class FaultProxyAnswerTests(MotoFixture moto) : IClassFixture<MotoFixture>
{
    private const string Management = MotoCredentials.ManagementAccountId;

    [Fact]
    public async Task An_answer_rule_answers_its_body_instead_of_moto_and_is_recorded_as_injected()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var proxy = await FaultProxy.StartAsync(moto.Server.Endpoint, ct);
        using var client = new MotoRawClient(proxy.Endpoint);
        proxy.AddRule(new FaultRule(Fault.Answer("""{"Keys":[{"KeyId":"canned"}]}""", "application/x-amz-json-1.1")) { Service = "kms", Action = "ListKeys", Times = 1 });

        var canned = await client.JsonAsync(Management, "kms", "eu-west-1", "TrentService.ListKeys", ct: ct);
        var upstream = await client.JsonAsync(Management, "kms", "eu-west-1", "TrentService.ListKeys", ct: ct);

        Assert.Equal("canned", canned.GetProperty("Keys")[0].GetProperty("KeyId").GetString());
        Assert.Equal(JsonValueKind.Array, upstream.GetProperty("Keys").ValueKind);
        Assert.Equal(0, upstream.GetProperty("Keys").GetArrayLength());
        Assert.Equal([(true, 200), (false, 200)], proxy.Calls.Select(c => (c.Injected, c.StatusCode)));
    }

    [Fact]
    public async Task A_rest_call_is_recorded_with_its_query_string()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var proxy = await FaultProxy.StartAsync(moto.Server.Endpoint, ct);
        using var client = new MotoRawClient(proxy.Endpoint);
        await moto.Server.Seed.CreateBucketAsync(Management, "answer-query-bucket", ct: ct);

        await client.RestAsync(Management, "s3", "us-east-1", HttpMethod.Get, "/answer-query-bucket?acl", ct: ct);

        var call = Assert.Single(proxy.Calls);
        Assert.Equal(("GET /answer-query-bucket", "?acl"), (call.Action, call.Query));
    }
}
