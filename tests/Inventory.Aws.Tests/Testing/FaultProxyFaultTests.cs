using System.Net;
using System.Text.Json;
using Inventory.Testing.Aws;

namespace Inventory.Aws.Tests.Testing;

public sealed class FaultProxyFaultTests(MotoFixture moto) : IClassFixture<MotoFixture>
{
    private const string Management = MotoCredentials.ManagementAccountId;

    [Fact]
    public async Task A_throttle_rule_for_two_calls_answers_two_json_throttles_then_forwards()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var proxy = await FaultProxy.StartAsync(moto.Server.Endpoint, ct);
        using var client = new MotoRawClient(proxy.Endpoint);
        proxy.AddRule(new FaultRule(Fault.Throttle(retryAfter: TimeSpan.FromMilliseconds(1500))) { Service = "kms", Action = "ListKeys", Times = 2 });

        var first = await Assert.ThrowsAsync<MotoRequestException>(() => ListKeysAsync(client, ct));
        await Assert.ThrowsAsync<MotoRequestException>(() => ListKeysAsync(client, ct));
        var third = await ListKeysAsync(client, ct);

        Assert.Equal(400, first.StatusCode);
        using (var error = JsonDocument.Parse(first.Body))
        {
            Assert.Equal("ThrottlingException", error.RootElement.GetProperty("__type").GetString());
            Assert.False(string.IsNullOrEmpty(error.RootElement.GetProperty("message").GetString()));
        }

        Assert.True(third.TryGetProperty("Keys", out _));
        Assert.Equal([true, true, false], proxy.Calls.Select(c => c.Injected));
        Assert.Equal([400, 400, 200], proxy.Calls.Select(c => c.StatusCode));
    }

    [Fact]
    public async Task A_json_throttle_carries_error_type_content_type_and_retry_after()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var proxy = await FaultProxy.StartAsync(moto.Server.Endpoint, ct);
        using var client = new MotoRawClient(proxy.Endpoint);
        proxy.AddRule(new FaultRule(Fault.Throttle(retryAfter: TimeSpan.FromMilliseconds(1500))) { Service = "kms" });
        using var request = client.CreateRequest(HttpMethod.Post, "/", "kms", "eu-west-1", Management);
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "TrentService.ListKeys");
        request.Content = new StringContent("{}");

        using var response = await client.SendAsync(request, ct);

        Assert.Equal(["ThrottlingException"], response.Headers.GetValues("x-amzn-ErrorType"));
        Assert.Equal("application/x-amz-json-1.1", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
    }

    [Theory]
    [InlineData("ec2", FaultKind.Throttle, 503, "<Response><Errors><Error><Code>RequestLimitExceeded</Code>")]
    [InlineData("sts", FaultKind.Throttle, 400, "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message>")]
    [InlineData("s3", FaultKind.Throttle, 503, "<Error><Code>SlowDown</Code>")]
    [InlineData("route53", FaultKind.Throttle, 400, "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code>")]
    [InlineData("lambda", FaultKind.Throttle, 429, "{\"message\":\"Rate exceeded\"}")]
    [InlineData("ec2", FaultKind.ExpiredToken, 400, "<Code>RequestExpired</Code>")]
    [InlineData("sts", FaultKind.ExpiredToken, 400, "<Code>ExpiredToken</Code>")]
    [InlineData("s3", FaultKind.ExpiredToken, 403, "<Code>ExpiredToken</Code>")]
    [InlineData("ec2", FaultKind.ServerError, 500, "<Code>InternalError</Code>")]
    [InlineData("lambda", FaultKind.ServerError, 500, "\"message\":")]
    public async Task Injected_errors_take_the_services_own_shape(string service, FaultKind kind, int status, string bodyPart)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var proxy = await FaultProxy.StartAsync(moto.Server.Endpoint, ct);
        using var client = new MotoRawClient(proxy.Endpoint);
        var fault = kind switch
        {
            FaultKind.Throttle => Fault.Throttle(),
            FaultKind.ExpiredToken => Fault.ExpiredToken(),
            _ => Fault.ServerError(),
        };
        proxy.AddRule(new FaultRule(fault) { Service = service });

        using var request = CallOf(client, service);
        using var response = await client.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(bodyPart, body, StringComparison.Ordinal);
        Assert.True(Assert.Single(proxy.Calls).Injected);
    }

    [Fact]
    public async Task A_connection_reset_closes_the_connection_without_an_answer()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var proxy = await FaultProxy.StartAsync(moto.Server.Endpoint, ct);
        using var client = new MotoRawClient(proxy.Endpoint);
        proxy.AddRule(new FaultRule(Fault.ConnectionReset()) { Action = "ListKeys", Times = 1 });

        await Assert.ThrowsAsync<HttpRequestException>(() => ListKeysAsync(client, ct));
        await ListKeysAsync(client, ct);

        Assert.Equal([(0, true), (200, false)], proxy.Calls.Select(c => (c.StatusCode, c.Injected)));
    }

    [Fact]
    public async Task Latency_delays_then_forwards()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var proxy = await FaultProxy.StartAsync(moto.Server.Endpoint, ct);
        using var client = new MotoRawClient(proxy.Endpoint);
        proxy.AddRule(new FaultRule(Fault.Latency(TimeSpan.FromMilliseconds(300))) { Region = "eu-west-1" });

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await ListKeysAsync(client, ct);

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(300), $"took {clock.Elapsed}");
        var call = Assert.Single(proxy.Calls);
        Assert.Equal((200, false, FaultKind.Latency), (call.StatusCode, call.Injected, call.Fault?.Kind));
    }

    [Fact]
    public async Task Probability_is_deterministic_for_a_seed_and_rules_can_be_cleared()
    {
        var ct = TestContext.Current.CancellationToken;
        var rule = new FaultRule(Fault.Throttle()) { Service = "kms", Probability = 0.5, Seed = 42 };

        var first = await InjectedPatternAsync(rule, clearAfter: 12, ct);
        var second = await InjectedPatternAsync(rule, clearAfter: 12, ct);

        Assert.Equal(first, second);
        Assert.Contains(true, first[..12]);
        Assert.Contains(false, first[..12]);
        Assert.DoesNotContain(true, first[12..]);
    }

    private async Task<bool[]> InjectedPatternAsync(FaultRule rule, int clearAfter, CancellationToken ct)
    {
        await using var proxy = await FaultProxy.StartAsync(moto.Server.Endpoint, ct);
        using var client = new MotoRawClient(proxy.Endpoint);
        proxy.AddRule(rule);
        for (var i = 0; i < clearAfter + 3; i++)
        {
            if (i == clearAfter)
            {
                proxy.ClearRules();
            }

            try
            {
                await ListKeysAsync(client, ct);
            }
            catch (MotoRequestException)
            {
                // Injected throttle.
            }
        }

        return proxy.Calls.Select(c => c.Injected).ToArray();
    }

    private static Task<JsonElement> ListKeysAsync(MotoRawClient client, CancellationToken ct) =>
        client.JsonAsync(Management, "kms", "eu-west-1", "TrentService.ListKeys", ct: ct);

    private static HttpRequestMessage CallOf(MotoRawClient client, string service)
    {
        var (method, path) = service switch
        {
            "ec2" or "sts" => (HttpMethod.Post, "/"),
            "route53" => (HttpMethod.Get, "/2013-04-01/hostedzone"),
            "lambda" => (HttpMethod.Get, "/2015-03-31/functions"),
            _ => (HttpMethod.Get, "/"),
        };
        var request = client.CreateRequest(method, path, service, "us-east-1", Management);
        if (service is "ec2" or "sts")
        {
            var version = service == "ec2" ? "2016-11-15" : "2011-06-15";
            var action = service == "ec2" ? "DescribeInstances" : "GetCallerIdentity";
            request.Content = new FormUrlEncodedContent([new("Action", action), new("Version", version)]);
        }

        return request;
    }
}
