using Inventory.Aws.Client;
using Inventory.Aws.Organizations;
using Inventory.Aws.Tests.Client;
using Inventory.Testing.Aws;

namespace Inventory.Aws.Tests.Organizations;

public sealed class OrganizationsClientTests(MotoFixture moto) : ProxiedMoto(moto), IClassFixture<MotoFixture>
{
    [Fact]
    public async Task DescribesTheOrganization()
    {
        var id = await Moto.Seed.CreateOrganizationAsync(Cancel);

        var organization = await new OrganizationsClient(Client()).DescribeOrganizationAsync(Cancel);

        Assert.Equal(id, organization.Id);
        Assert.Equal(MotoCredentials.ManagementAccountId, organization.ManagementAccountId);
        Assert.Equal("ALL", organization.FeatureSet);
    }

    [Fact]
    public async Task ListsEveryAccountWithItsStatus()
    {
        await Moto.Seed.CreateOrganizationAsync(Cancel);
        var active = await Moto.Seed.CreateAccountAsync("active", "active@example.com", Cancel);
        var closed = await Moto.Seed.CreateAccountAsync("closed", "closed@example.com", Cancel);
        await Moto.Seed.CloseAccountAsync(closed, Cancel);

        var accounts = await new OrganizationsClient(Client()).ListAccountsAsync(Cancel).ToDictionaryAsync(a => a.Id, cancellationToken: Cancel);

        Assert.Equal(3, accounts.Count);
        Assert.True(accounts[active].IsActive);
        Assert.Equal("active", accounts[active].Name);
        Assert.Equal("active@example.com", accounts[active].Email);
        Assert.StartsWith($"arn:aws:organizations::{MotoCredentials.ManagementAccountId}:account/o-", accounts[active].Arn, StringComparison.Ordinal);
        Assert.EndsWith("/" + active, accounts[active].Arn, StringComparison.Ordinal);
        Assert.Equal("SUSPENDED", accounts[closed].Status);
        Assert.False(accounts[closed].IsActive);
        Assert.NotNull(accounts[active].JoinedAt);
    }

    [Fact]
    public async Task ListsTheAccountsUnderAnOuRecursively()
    {
        await Moto.Seed.CreateOrganizationAsync(Cancel);
        var root = await Moto.Seed.RootIdAsync(Cancel);
        var workloads = await Moto.Seed.CreateOrganizationalUnitAsync(root, "workloads", Cancel);
        var production = await Moto.Seed.CreateOrganizationalUnitAsync(workloads, "production", Cancel);
        var sandbox = await Moto.Seed.CreateOrganizationalUnitAsync(root, "sandbox", Cancel);
        var inWorkloads = await MemberIn(root, workloads, "app");
        var inProduction = await MemberIn(root, production, "prod");
        var inProduction2 = await MemberIn(root, production, "prod-2");
        var inSandbox = await MemberIn(root, sandbox, "play");
        var client = new OrganizationsClient(Client());

        var underWorkloads = await client.ListAccountsUnderAsync(workloads, Cancel).Select(a => a.Id).ToListAsync(Cancel);
        var underRoot = await client.ListAccountsUnderAsync(root, Cancel).Select(a => a.Id).ToListAsync(Cancel);

        Assert.Equal(new[] { inWorkloads, inProduction, inProduction2 }.Order(), underWorkloads.Order());
        Assert.Equal(new[] { MotoCredentials.ManagementAccountId, inWorkloads, inProduction, inProduction2, inSandbox }.Order(), underRoot.Order());
    }

    [Fact]
    public async Task ACallerWithoutOrganizationsAccessGetsAwsErrorCode()
    {
        await Moto.Seed.CreateOrganizationAsync(Cancel);
        await Moto.Seed.CreateUserAsync(MotoCredentials.ManagementAccountId, "outsider", Cancel);
        var (key, secret) = await Moto.Seed.CreateAccessKeyAsync(MotoCredentials.ManagementAccountId, "outsider", Cancel);
        await Moto.EnforceAuthAsync(true, Cancel);
        var client = new OrganizationsClient(Client(new Amazon.Runtime.BasicAWSCredentials(key, secret)));

        var error = await Assert.ThrowsAsync<AwsException>(() => client.ListAccountsAsync(Cancel).ToListAsync(Cancel).AsTask());

        Assert.Equal("ListAccounts", error.Operation);
        Assert.Equal(Inventory.Aws.Http.AwsErrorKind.AccessDenied, error.Error.Kind);
        Assert.Contains("organizations:ListAccounts", error.Message, StringComparison.Ordinal);
    }

    private async Task<string> MemberIn(string root, string ou, string name)
    {
        var id = await Moto.Seed.CreateAccountAsync(name, $"{name}@example.com", Cancel);
        await Moto.Seed.MoveAccountAsync(id, root, ou, Cancel);
        return id;
    }
}
