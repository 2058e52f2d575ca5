using System.Text.Json;
using Inventory.Testing.Aws;

namespace Inventory.Aws.Tests.Testing;

/// <summary>Fault.Error answered in the service's shape, and rules matched on the form body (BodyContains).</summary>
public sealed class FaultProxyErrorTests(MotoFixture moto) : IClassFixture<MotoFixture>
{
    private const string Management = MotoCredentials.ManagementAccountId;
    private const string Denied = "User: arn:aws:sts::123456789012:assumed-role/Inventory-Runner/pod is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::222222222222:role/inventory";

    [Fact]
    public async Task A_body_rule_refuses_one_roles_AssumeRole_with_an_sts_AccessDenied_and_forwards_the_others()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var proxy = await FaultProxy.StartAsync(moto.Server.Endpoint, ct);
        using var client = new MotoRawClient(proxy.Endpoint);
        proxy.AddRule(new FaultRule(Fault.Error(403, "AccessDenied", Denied))
        {
            Service = "sts",
            Action = "AssumeRole",
            BodyContains = "RoleArn=arn%3Aaws%3Aiam%3A%3A222222222222%3Arole%2Finventory",
        });

        var refused = await Assert.ThrowsAsync<MotoRequestException>(() => AssumeRoleAsync(client, "222222222222", ct));
        var allowed = await AssumeRoleAsync(client, "333333333333", ct);

        Assert.Equal(403, refused.StatusCode);
        Assert.StartsWith("<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:sts::123456789012:assumed-role/Inventory-Runner/pod is not", refused.Body, StringComparison.Ordinal);
        Assert.Contains("</Error><RequestId>", refused.Body, StringComparison.Ordinal);
        Assert.Contains("<AccessKeyId>", allowed, StringComparison.Ordinal);
        Assert.Equal([(403, true, FaultKind.Error), (200, false, (FaultKind?)null)], proxy.Calls.Select(c => (c.StatusCode, c.Injected, c.Fault?.Kind)));
    }

    [Fact]
    public async Task A_body_rule_never_matches_a_json_call_and_an_error_takes_the_json_shape()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var proxy = await FaultProxy.StartAsync(moto.Server.Endpoint, ct);
        using var client = new MotoRawClient(proxy.Endpoint);
        proxy.AddRule(new FaultRule(Fault.Error(400, "ValidationException", "never")) { BodyContains = "{" });
        proxy.AddRule(new FaultRule(Fault.Error(400, "AccessDeniedException", "no keys for you")) { Service = "kms", Times = 1 });

        var refused = await Assert.ThrowsAsync<MotoRequestException>(() => client.JsonAsync(Management, "kms", "eu-west-1", "TrentService.ListKeys", ct: ct));
        await client.JsonAsync(Management, "kms", "eu-west-1", "TrentService.ListKeys", ct: ct);

        Assert.Equal(400, refused.StatusCode);
        using var error = JsonDocument.Parse(refused.Body);
        Assert.Equal("AccessDeniedException", error.RootElement.GetProperty("__type").GetString());
        Assert.Equal("no keys for you", error.RootElement.GetProperty("message").GetString());
        Assert.Equal([true, false], proxy.Calls.Select(c => c.Injected));
    }

    [Theory]
    [InlineData(200)]
    [InlineData(600)]
    public void An_error_is_4xx_or_5xx(int status) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Fault.Error(status, "AccessDenied", "no"));

    private static Task<string> AssumeRoleAsync(MotoRawClient client, string account, CancellationToken ct) =>
        client.QueryAsync(Management, "sts", "us-east-1", "2011-06-15", "AssumeRole",
            [new("RoleArn", $"arn:aws:iam::{account}:role/inventory"), new("RoleSessionName", "inventory-run")], ct);
}
