using System.Text.Json;
using System.Text.Json.Nodes;
using Inventory.Testing.Aws;

namespace Inventory.Aws.Tests.Testing;

public sealed class MotoSeederTests(MotoFixture moto) : IClassFixture<MotoFixture>
{
    private const string Management = MotoCredentials.ManagementAccountId;

    private MotoServer Server => moto.Server;

    [Fact]
    public async Task Seeds_an_organization_with_accounts_and_an_ou()
    {
        var ct = TestContext.Current.CancellationToken;
        await Server.ResetAsync(ct);
        var seed = Server.Seed;

        var orgId = await seed.CreateOrganizationAsync(ct);
        var root = await seed.RootIdAsync(ct);
        var dev = await seed.CreateAccountAsync("dev", "dev@example.com", ct);
        var prod = await seed.CreateAccountAsync("prod", "prod@example.com", ct);
        var ou = await seed.CreateOrganizationalUnitAsync(root, "workloads", ct);
        await seed.MoveAccountAsync(prod, root, ou, ct);

        Assert.StartsWith("o-", orgId, StringComparison.Ordinal);
        Assert.StartsWith("r-", root, StringComparison.Ordinal);
        Assert.StartsWith("ou-", ou, StringComparison.Ordinal);
        Assert.Matches("^[0-9]{12}$", dev);
        var accounts = await OrganizationsAsync("ListAccounts", [], ct);
        Assert.Equal(
            new[] { Management, dev, prod }.Order(),
            accounts.GetProperty("Accounts").EnumerateArray().Select(a => a.GetProperty("Id").GetString()).Order());
        var inOu = await OrganizationsAsync("ListAccountsForParent", new JsonObject { ["ParentId"] = ou }, ct);
        Assert.Equal([prod], inOu.GetProperty("Accounts").EnumerateArray().Select(a => a.GetProperty("Id").GetString()));
        var ous = await OrganizationsAsync("ListChildren",
            new JsonObject { ["ParentId"] = root, ["ChildType"] = "ORGANIZATIONAL_UNIT" }, ct);
        Assert.Equal([ou], ous.GetProperty("Children").EnumerateArray().Select(c => c.GetProperty("Id").GetString()));
    }

    [Fact]
    public async Task Closing_an_account_suspends_it_and_removing_one_unlists_it()
    {
        var ct = TestContext.Current.CancellationToken;
        await Server.ResetAsync(ct);
        await Server.Seed.CreateOrganizationAsync(ct);
        var closed = await Server.Seed.CreateAccountAsync("closed", "closed@example.com", ct);
        var removed = await Server.Seed.CreateAccountAsync("removed", "removed@example.com", ct);

        await Server.Seed.CloseAccountAsync(closed, ct);
        await Server.Seed.RemoveAccountFromOrganizationAsync(removed, ct);

        var account = (await OrganizationsAsync("DescribeAccount", new JsonObject { ["AccountId"] = closed }, ct)).GetProperty("Account");
        Assert.Equal("SUSPENDED", account.GetProperty("Status").GetString());
        var listed = (await OrganizationsAsync("ListAccounts", [], ct)).GetProperty("Accounts").EnumerateArray()
            .Select(a => a.GetProperty("Id").GetString()).ToList();
        Assert.Contains(closed, listed);
        Assert.DoesNotContain(removed, listed);
    }

    [Fact]
    public async Task Seeds_iam_in_the_given_account_only()
    {
        var ct = TestContext.Current.CancellationToken;
        const string member = "111122223333";
        var trust = PolicyDocuments.TrustPrincipal($"arn:aws:iam::{Management}:root");

        var roleArn = await Server.Seed.CreateRoleAsync(member, "inventory", trust, "/audit/", ct);
        await Server.Seed.PutRolePolicyAsync(member, "inventory", "read", PolicyDocuments.Allow("*", "ec2:Describe*"), ct);
        var policyArn = await Server.Seed.CreatePolicyAsync(member, "extra", PolicyDocuments.Allow("*", "s3:List*"), ct);
        await Server.Seed.AttachRolePolicyAsync(member, "inventory", policyArn, ct);
        var userArn = await Server.Seed.CreateUserAsync(member, "runner", ct);
        var (keyId, secret) = await Server.Seed.CreateAccessKeyAsync(member, "runner", ct);

        Assert.Equal($"arn:aws:iam::{member}:role/audit/inventory", roleArn);
        Assert.Equal($"arn:aws:iam::{member}:user/runner", userArn);
        Assert.Equal(20, keyId.Length);
        Assert.NotEmpty(secret);
        var attached = await IamAsync(member, "ListAttachedRolePolicies", ct, ("RoleName", "inventory"));
        Assert.Contains(policyArn, attached, StringComparison.Ordinal);
        var inline = await IamAsync(member, "ListRolePolicies", ct, ("RoleName", "inventory"));
        Assert.Contains("<member>read</member>", inline, StringComparison.Ordinal);
        var elsewhere = await Assert.ThrowsAsync<MotoRequestException>(() => IamAsync("444455556666", "GetRole", ct, ("RoleName", "inventory")));
        Assert.Contains("NoSuchEntity", elsewhere.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeds_ec2_per_account_and_region()
    {
        var ct = TestContext.Current.CancellationToken;
        const string member = "222233334444";
        var ids = await Server.Seed.RunInstancesAsync(member, "eu-west-1", 3, ct);
        var vpc = await Server.Seed.CreateVpcAsync(member, "eu-west-1", "10.20.0.0/16", ct);
        var group = await Server.Seed.CreateSecurityGroupAsync(member, "eu-west-1", vpc, "web", ct);

        Assert.Equal(3, ids.Count);
        Assert.All(ids, id => Assert.StartsWith("i-", id, StringComparison.Ordinal));
        Assert.StartsWith("sg-", group, StringComparison.Ordinal);
        var here = await Ec2Async(member, "eu-west-1", "DescribeInstances", ct);
        Assert.All(ids, id => Assert.Contains(id, here, StringComparison.Ordinal));
        Assert.DoesNotContain(ids[0], await Ec2Async(member, "us-west-2", "DescribeInstances", ct), StringComparison.Ordinal);
        Assert.DoesNotContain(ids[0], await Ec2Async("999988887777", "eu-west-1", "DescribeInstances", ct), StringComparison.Ordinal);
        Assert.Contains(group, await Ec2Async(member, "eu-west-1", "DescribeSecurityGroups", ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeds_s3_kms_lambda_and_sqs()
    {
        var ct = TestContext.Current.CancellationToken;
        const string member = "333344445555";
        var policy = PolicyDocuments.Allow("arn:aws:s3:::seeded-eu/*", "s3:GetObject");
        await Server.Seed.CreateBucketAsync(member, "seeded-eu", "eu-west-1", ct);
        await Server.Seed.PutBucketPolicyAsync(member, "seeded-eu", policy, ct);
        var key = await Server.Seed.CreateKeyAsync(member, "eu-west-1", ct);
        var role = await Server.Seed.CreateRoleAsync(member, "fn", PolicyDocuments.TrustService("lambda.amazonaws.com"), ct: ct);
        var function = await Server.Seed.CreateFunctionAsync(member, "eu-west-1", "seeded", role, ct);
        var queue = await Server.Seed.CreateQueueAsync(member, "eu-west-1", "jobs", ct);

        var location = await S3Async(member, "/seeded-eu?location", ct);
        Assert.Contains("eu-west-1", location, StringComparison.Ordinal);
        Assert.Equal(JsonNode.Parse(policy)!.ToJsonString(), JsonNode.Parse(await S3Async(member, "/seeded-eu?policy", ct))!.ToJsonString());
        var keys = await Server.Raw.JsonAsync(member, "kms", "eu-west-1", "TrentService.ListKeys", ct: ct);
        Assert.Contains(key, keys.GetRawText(), StringComparison.Ordinal);
        Assert.Equal($"arn:aws:lambda:eu-west-1:{member}:function:seeded", function);
        var functions = await Server.Raw.RestAsync(member, "lambda", "eu-west-1", HttpMethod.Get, "/2015-03-31/functions", ct: ct);
        Assert.Contains(function, functions, StringComparison.Ordinal);
        Assert.EndsWith($"/{member}/jobs", queue, StringComparison.Ordinal);
    }

    private Task<JsonElement> OrganizationsAsync(string action, JsonObject payload, CancellationToken ct) =>
        Server.Raw.JsonAsync(Management, "organizations", "us-east-1", "AWSOrganizationsV20161128." + action, payload, ct: ct);

    private Task<string> IamAsync(string account, string action, CancellationToken ct, params (string, string)[] parameters) =>
        Server.Raw.QueryAsync(account, "iam", "us-east-1", "2010-05-08", action,
            parameters.Select(p => KeyValuePair.Create(p.Item1, p.Item2)), ct);

    private Task<string> Ec2Async(string account, string region, string action, CancellationToken ct) =>
        Server.Raw.QueryAsync(account, "ec2", region, "2016-11-15", action, ct: ct);

    private Task<string> S3Async(string account, string pathAndQuery, CancellationToken ct) =>
        Server.Raw.RestAsync(account, "s3", "us-east-1", HttpMethod.Get, pathAndQuery, ct: ct);
}
