using Amazon.Runtime;
using Inventory.Aws.Credentials;
using Inventory.Testing.Aws;

namespace Inventory.Aws.Tests.Credentials;

/// <summary>Role chains against moto with IAM enforcement on: keys, signatures, identity policies, trust.</summary>
public sealed class RoleChainTests(MotoFixture moto) : IClassFixture<MotoFixture>, IAsyncLifetime
{
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
    public async Task Two_hops_end_in_role_B_of_the_other_account()
    {
        using var chain = Chain(_accounts.SecretAccessKey)
            .Assume(ChainAccounts.RoleA, "session-1")
            .Assume(ChainAccounts.RoleB, "session-2", externalId: "x");

        var identity = await MotoSts.WhoAmIAsync(chain.Credentials, Server.Endpoint);

        Assert.Equal("arn:aws:sts::222222222222:assumed-role/hop-b/session-2", identity.Arn);
        Assert.Equal(ChainAccounts.TargetAccount, identity.Account);
        var first = await MotoSts.WhoAmIAsync(chain.Hops[0], Server.Endpoint);
        Assert.Equal("arn:aws:sts::111111111111:assumed-role/hop-a/session-1", first.Arn);
        Assert.Equal(ChainAccounts.TargetAccount, (await chain.Credentials.GetCredentialsAsync()).AccountId);
    }

    [Fact]
    public async Task A_hop_into_a_role_that_does_not_trust_the_caller_is_refused_with_AccessDenied()
    {
        using var chain = Chain(_accounts.SecretAccessKey)
            .Assume(ChainAccounts.RoleA, "session-1")
            .Assume(ChainAccounts.UntrustingRole, "session-2");

        var refused = await Assert.ThrowsAsync<RoleAssumptionException>(() => chain.Credentials.GetCredentialsAsync());

        Assert.Equal("AccessDenied", refused.ErrorCode);
        Assert.Equal(ChainAccounts.UntrustingRole, refused.RoleArn);
        Assert.Contains("assumed-role/hop-a/session-1 is not authorized to perform: sts:AssumeRole", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hop_the_previous_role_may_not_make_is_refused_with_AccessDenied_through_a_client_call()
    {
        using var chain = Chain(_accounts.SecretAccessKey)
            .Assume(ChainAccounts.RoleA, "session-1")
            .Assume(ChainAccounts.NotAllowedRole, "session-2");

        // Surfaces unchanged through an SDK client that signs with the chain.
        var refused = await Assert.ThrowsAsync<RoleAssumptionException>(() => MotoSts.WhoAmIAsync(chain.Credentials, Server.Endpoint));

        Assert.Equal("AccessDenied", refused.ErrorCode);
        Assert.Equal(ChainAccounts.NotAllowedRole, refused.RoleArn);
    }

    [Fact]
    public async Task A_wrong_secret_is_rejected_with_SignatureDoesNotMatch()
    {
        using var chain = Chain("not-the-secret").Assume(ChainAccounts.RoleA, "session-1");

        var refused = await Assert.ThrowsAsync<RoleAssumptionException>(() => chain.Credentials.GetCredentialsAsync());

        Assert.Equal("SignatureDoesNotMatch", refused.ErrorCode);
        Assert.Equal(ChainAccounts.RoleA, refused.RoleArn);
        Assert.DoesNotContain("not-the-secret", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_key_is_rejected_with_InvalidClientTokenId()
    {
        using var chain = RoleChain.From(AwsCredentialSources.Static("AKIAUNKNOWNKEY000000", "secret"), MotoSts.Region, MotoSts.Resolver(Server.Endpoint))
            .Assume(ChainAccounts.RoleA, "session-1");

        var refused = await Assert.ThrowsAsync<RoleAssumptionException>(() => chain.Credentials.GetCredentialsAsync());

        Assert.Equal("InvalidClientTokenId", refused.ErrorCode);
    }

    private RoleChain Chain(string secret) =>
        RoleChain.From(AwsCredentialSources.Static(_accounts.AccessKeyId, secret), MotoSts.Region, MotoSts.Resolver(Server.Endpoint));
}
