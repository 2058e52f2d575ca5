using Amazon.Runtime;
using Inventory.Aws.Http;
using Inventory.Testing.Aws;

namespace Inventory.Aws.Tests.Client;

/// <summary>Permanent errors come back with AWS's code; expired tokens refresh once.</summary>
public sealed class AwsClientErrorTests(MotoFixture moto) : ProxiedMoto(moto), IClassFixture<MotoFixture>
{
    private const string Account = MotoCredentials.ManagementAccountId;

    [Fact]
    public async Task AccessDeniedIsSurfacedWithItsCodeAndNotRetried()
    {
        var keys = await UserWithoutPolicies("nobody");
        await Moto.EnforceAuthAsync(true, Cancel);

        var result = await Client(keys).InvokeAsync("iam", "us-east-1", "ListRoles", null, Cancel);

        Assert.False(result.Succeeded);
        Assert.Equal("AccessDenied", result.Error!.Code);
        Assert.Equal(AwsErrorKind.AccessDenied, result.Error.Kind);
        Assert.Contains("iam:ListRoles", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(1, result.Attempts);
        Assert.Single(Proxy.Calls, call => call.Action == "ListRoles");
    }

    [Fact]
    public async Task AllowedCallsSucceedWithAuthEnforced()
    {
        await Moto.Seed.CreateUserAsync(Account, "reader", Cancel);
        var (key, secret) = await Moto.Seed.CreateAccessKeyAsync(Account, "reader", Cancel);
        await Moto.Seed.PutUserPolicyAsync(Account, "reader", "read", PolicyDocuments.Allow("*", "iam:ListUsers"), Cancel);
        await Moto.EnforceAuthAsync(true, Cancel);

        var result = await Client(new BasicAWSCredentials(key, secret)).InvokeAsync("iam", "us-east-1", "ListUsers", null, Cancel);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Contains(result.Output!["Users"]!.AsArray(), user => (string)user!["UserName"]! == "reader");
        Assert.Contains(Proxy.Calls, call => call.AccessKeyId == key && call.StatusCode == 200);
    }

    [Fact]
    public async Task ARequestWithABadSignatureIsRejected()
    {
        var keys = await UserWithoutPolicies("forger");
        var forged = new BasicAWSCredentials(keys.GetCredentials().AccessKey, "not-the-secret");
        await Moto.EnforceAuthAsync(true, Cancel);

        var result = await Client(forged).InvokeAsync("ec2", "us-east-1", "DescribeRegions", null, Cancel);

        Assert.False(result.Succeeded);
        Assert.Equal(AwsErrorKind.InvalidCredentials, result.Error!.Kind);
        Assert.Equal(1, result.Attempts);
    }

    [Fact]
    public async Task AnUnknownAccessKeyIsRejected()
    {
        await Moto.EnforceAuthAsync(true, Cancel);

        var result = await Client(new BasicAWSCredentials("AKIAUNKNOWNUNKNOWN00", "secret")).InvokeAsync("iam", "us-east-1", "ListUsers", null, Cancel);

        Assert.Equal("InvalidClientTokenId", result.Error!.Code);
        Assert.Equal(AwsErrorKind.InvalidCredentials, result.Error.Kind);
    }

    [Fact]
    public async Task AnExpiredTokenGetsFreshCredentialsOnceThenTheCallIsRetried()
    {
        Proxy.AddRule(new FaultRule(Fault.ExpiredToken()) { Service = "sqs", Times = 1 });
        var credentials = new CountingCredentials();

        var result = await Client(credentials).InvokeAsync("sqs", "us-east-1", "ListQueues", null, Cancel);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(2, result.Attempts);
        Assert.Equal(2, credentials.Generated);
        Assert.Equal(["key-1", "key-2"], Proxy.Calls.Select(call => call.AccessKeyId));
    }

    [Fact]
    public async Task TokensThatStayExpiredAreRefreshedOnlyOnce()
    {
        Proxy.AddRule(new FaultRule(Fault.ExpiredToken()) { Service = "ec2" });
        var credentials = new CountingCredentials();

        var result = await Client(credentials).InvokeAsync("ec2", "us-east-1", "DescribeRegions", null, Cancel);

        Assert.False(result.Succeeded);
        Assert.Equal(AwsErrorKind.ExpiredCredentials, result.Error!.Kind);
        Assert.Equal(2, result.Attempts);
        Assert.Equal(2, credentials.Generated);
    }

    private async Task<BasicAWSCredentials> UserWithoutPolicies(string name)
    {
        await Moto.Seed.CreateUserAsync(Account, name, Cancel);
        var (key, secret) = await Moto.Seed.CreateAccessKeyAsync(Account, name, Cancel);
        return new BasicAWSCredentials(key, secret);
    }

    /// <summary>Hands out a new key each time it is asked to refresh.</summary>
    private sealed class CountingCredentials : RefreshingAWSCredentials
    {
        private int _generated;

        public int Generated => _generated;

        protected override CredentialsRefreshState GenerateNewCredentials()
        {
            var n = Interlocked.Increment(ref _generated);
            return new CredentialsRefreshState(new ImmutableCredentials($"key-{n}", "secret", "token"), DateTime.UtcNow.AddHours(1));
        }
    }
}
