using Amazon.Runtime;
using Inventory.Aws.Credentials;
using Inventory.Testing.Aws;

namespace Inventory.Aws.Tests.Credentials;

/// <summary>Sessions of 15 minutes are renewed before they run out, with a new AssumeRole call.</summary>
public sealed class AssumeRoleRefreshTests(MotoFixture moto) : IClassFixture<MotoFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Fifteen = TimeSpan.FromMinutes(15);

    private readonly ShiftedClock _clock = new();
    private ChainAccounts _accounts = null!;

    private MotoServer Server => moto.Server;

    public async ValueTask InitializeAsync()
    {
        await Server.ResetAsync();
        _accounts = await ChainAccounts.SeedAsync(Server);
        await Server.EnforceAuthAsync(true);
    }

    public async ValueTask DisposeAsync() => await Server.EnforceAuthAsync(false);

    [Fact]
    public async Task Cached_credentials_are_reused_until_cleared_then_assumed_again()
    {
        using var role = RoleA();

        var first = await role.GetCredentialsAsync();
        var cached = await role.GetCredentialsAsync();
        role.ClearCredentials();
        var renewed = await role.GetCredentialsAsync();

        Assert.Equal(first.AccessKey, cached.AccessKey);
        Assert.NotEqual(first.AccessKey, renewed.AccessKey);
        Assert.Equal("arn:aws:sts::111111111111:assumed-role/hop-a/refresh", (await MotoSts.WhoAmIAsync(role, Server.Endpoint)).Arn);
    }

    [Fact]
    public async Task Synchronous_callers_get_credentials_too()
    {
        using var role = RoleA();

        var credentials = role.GetCredentials();

        Assert.Equal(ChainAccounts.SourceAccount, credentials.AccountId);
        Assert.Equal(credentials.AccessKey, (await role.GetCredentialsAsync()).AccessKey);
    }

    [Fact]
    public async Task Moto_issues_the_requested_duration_and_refresh_starts_five_minutes_ahead()
    {
        using var role = RoleA();

        await role.GetCredentialsAsync();

        Assert.Equal(TimeSpan.FromMinutes(5), role.PreemptExpiryTime);
        // The SDK reports the expiry less its one-minute ExpirationBuffer.
        Assert.InRange(role.Expiration!.Value - DateTime.UtcNow, TimeSpan.FromMinutes(13.5), TimeSpan.FromMinutes(14));
    }

    [Fact]
    public async Task Credentials_about_to_expire_are_replaced_before_they_are_handed_out()
    {
        using var role = RoleA();
        var first = await role.GetCredentialsAsync();

        _clock.Offset = Fifteen - TimeSpan.FromSeconds(30);
        var renewed = await role.GetCredentialsAsync();

        Assert.NotEqual(first.AccessKey, renewed.AccessKey);
    }

    [Fact]
    public async Task Credentials_in_the_last_five_minutes_are_renewed_in_the_background()
    {
        using var role = RoleA();
        var first = await role.GetCredentialsAsync();

        _clock.Offset = TimeSpan.FromMinutes(11);
        var handedOut = await role.GetCredentialsAsync();
        var renewed = await EventuallyAsync(async () => await role.GetCredentialsAsync(), c => c.AccessKey != first.AccessKey);

        Assert.Equal(first.AccessKey, handedOut.AccessKey);
        Assert.NotEqual(first.AccessKey, renewed.AccessKey);
    }

    private AssumeRoleCredentials RoleA() => new(
        AwsCredentialSources.Static(_accounts.AccessKeyId, _accounts.SecretAccessKey),
        new RoleHop(ChainAccounts.RoleA, "refresh", duration: Fifteen),
        MotoSts.Endpoint(Server.Endpoint),
        _clock);

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        for (var attempt = 0; ; attempt++)
        {
            var value = await read();
            if (done(value) || attempt == 100)
            {
                return value;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
