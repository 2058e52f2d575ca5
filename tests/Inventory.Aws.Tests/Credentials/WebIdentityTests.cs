using Amazon.Runtime;
using Inventory.Aws.Credentials;
using Inventory.Testing.Aws;

namespace Inventory.Aws.Tests.Credentials;

/// <summary>
/// IRSA through the SDK's default chain: AWS_ROLE_ARN + AWS_WEB_IDENTITY_TOKEN_FILE, with STS at
/// AWS_ENDPOINT_URL_STS. Auth stays off: the web-identity call is unsigned, and moto with auth
/// enforced rejects every unsigned request.
/// </summary>
[Collection(ProcessEnvironment.Name)]
public sealed class WebIdentityTests(MotoFixture moto) : IClassFixture<MotoFixture>, IAsyncLifetime
{
    private const string RunnerRole = "arn:aws:iam::111111111111:role/Inventory-Runner";
    private readonly string _tokenFile = Path.Combine(Path.GetTempPath(), $"irsa-token-{Guid.NewGuid():N}");

    private MotoServer Server => moto.Server;

    public async ValueTask InitializeAsync()
    {
        await Server.ResetAsync();
        await Server.Seed.CreateRoleAsync(ChainAccounts.SourceAccount, "Inventory-Runner",
            PolicyDocuments.TrustWebIdentity("arn:aws:iam::111111111111:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE"));
        await Server.Seed.CreateRoleAsync(ChainAccounts.TargetAccount, "inventory", PolicyDocuments.TrustPrincipal(RunnerRole));
        await File.WriteAllTextAsync(_tokenFile, "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6aW52ZW50b3J5In0.c2ln");
    }

    public ValueTask DisposeAsync()
    {
        File.Delete(_tokenFile);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task The_default_chain_assumes_the_service_account_role_at_the_configured_STS_endpoint()
    {
        using var environment = IrsaEnvironment();

        var credentials = await AwsCredentialSources.DefaultAsync(TestContext.Current.CancellationToken);
        var identity = await MotoSts.WhoAmIAsync(credentials, Server.Endpoint);

        Assert.IsType<AssumeRoleWithWebIdentityCredentials>(credentials);
        Assert.Equal("arn:aws:sts::111111111111:assumed-role/Inventory-Runner/inventory-runner-pod", identity.Arn);
        Assert.Equal(ChainAccounts.SourceAccount, identity.Account);
    }

    [Fact]
    public async Task Web_identity_credentials_start_a_role_chain_into_a_member_account()
    {
        using var environment = IrsaEnvironment();

        var source = await AwsCredentialSources.DefaultAsync(TestContext.Current.CancellationToken);
        using var chain = RoleChain.From(source, "eu-west-1").Assume("arn:aws:iam::222222222222:role/inventory", "inventory-run");
        var identity = await MotoSts.WhoAmIAsync(chain.Credentials, Server.Endpoint);

        Assert.Equal("arn:aws:sts::222222222222:assumed-role/inventory/inventory-run", identity.Arn);
    }

    private EnvironmentScope IrsaEnvironment() => new(
        ("AWS_ACCESS_KEY_ID", null),
        ("AWS_SECRET_ACCESS_KEY", null),
        ("AWS_SESSION_TOKEN", null),
        ("AWS_PROFILE", null),
        ("AWS_ROLE_ARN", RunnerRole),
        ("AWS_WEB_IDENTITY_TOKEN_FILE", _tokenFile),
        ("AWS_ROLE_SESSION_NAME", "inventory-runner-pod"),
        ("AWS_REGION", "eu-west-1"),
        ("AWS_ENDPOINT_URL", null),
        ("AWS_ENDPOINT_URL_STS", Server.Endpoint.ToString()));
}
