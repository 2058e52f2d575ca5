using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Inventory.Testing.Aws;

namespace Inventory.Aws.Tests.Testing;

public sealed class MotoServerTests(MotoFixture moto) : IClassFixture<MotoFixture>
{
    private MotoServer Server => moto.Server;

    [Fact]
    public async Task A_started_server_answers_and_its_process_is_gone_after_dispose()
    {
        var ct = TestContext.Current.CancellationToken;
        var server = await MotoServer.StartAsync(ct);
        var pid = server.ProcessId;
        var endpoint = server.Endpoint;
        using (var http = new HttpClient())
        {
            using var response = await http.GetAsync(new Uri(endpoint, "moto-api/"), ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal("127.0.0.1", endpoint.Host);
        Assert.True(ProcessIsRunning(pid));

        await server.DisposeAsync();

        Assert.False(ProcessIsRunning(pid));
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await Assert.ThrowsAsync<SocketException>(async () => await socket.ConnectAsync(IPAddress.Loopback, endpoint.Port, ct));
    }

    [Fact]
    public async Task Reset_wipes_state()
    {
        var ct = TestContext.Current.CancellationToken;
        await Server.Seed.CreateBucketAsync(MotoCredentials.ManagementAccountId, "reset-me", ct: ct);
        Assert.Contains("reset-me", await ListBucketsAsync(ct));

        await Server.ResetAsync(ct);

        Assert.DoesNotContain("reset-me", await ListBucketsAsync(ct));
    }

    [Fact]
    public async Task Enforced_auth_rejects_unknown_keys_until_reset_turns_it_off()
    {
        var ct = TestContext.Current.CancellationToken;
        await Server.EnforceAuthAsync(true, ct);
        try
        {
            var denied = await Assert.ThrowsAsync<MotoRequestException>(() => ListBucketsAsync(ct));
            Assert.Equal(403, denied.StatusCode);
            Assert.Contains("InvalidAccessKeyId", denied.Body, StringComparison.Ordinal);
        }
        finally
        {
            await Server.ResetAsync(ct);
        }

        Assert.NotNull(await ListBucketsAsync(ct));
    }

    private async Task<string> ListBucketsAsync(CancellationToken ct) =>
        await Server.Raw.RestAsync(MotoCredentials.ManagementAccountId, "s3", "us-east-1", HttpMethod.Get, "/", ct: ct);

    private static bool ProcessIsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
