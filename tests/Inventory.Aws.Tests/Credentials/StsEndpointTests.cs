using Amazon.Runtime;
using Inventory.Aws.Credentials;
using Inventory.Aws.Endpoints;
using Inventory.Testing.Aws;

namespace Inventory.Aws.Tests.Credentials;

/// <summary>Every hop calls the regional STS endpoint of its region, never the global sts.amazonaws.com.</summary>
public sealed class StsEndpointTests(MotoFixture moto) : IClassFixture<MotoFixture>
{
    private static readonly AWSCredentials Keys = AwsCredentialSources.Static("AKIAEXAMPLE", "secret");
    private static readonly AwsEndpointResolver NoOverrides = new(_ => null);

    [Theory]
    [InlineData("us-east-1", "https://sts.us-east-1.amazonaws.com/")]
    [InlineData("eu-west-1", "https://sts.eu-west-1.amazonaws.com/")]
    [InlineData("cn-north-1", "https://sts.cn-north-1.amazonaws.com.cn/")]
    [InlineData("us-gov-west-1", "https://sts.us-gov-west-1.amazonaws.com/")]
    public void A_hop_calls_the_regional_endpoint_and_signs_for_its_region(string region, string url)
    {
        using var hop = new AssumeRoleCredentials(Keys, new RoleHop("arn:aws:iam::111111111111:role/r", "session"), region, NoOverrides);

        Assert.Equal(new Uri(url), hop.Endpoint.Url);
        Assert.Equal(region, hop.Endpoint.SigningRegion);
    }

    [Fact]
    public void AWS_ENDPOINT_URL_STS_replaces_the_url_but_not_the_signing_region()
    {
        var resolver = new AwsEndpointResolver(name => name == "AWS_ENDPOINT_URL_STS" ? "http://127.0.0.1:4566" : null);

        using var hop = new AssumeRoleCredentials(Keys, new RoleHop("arn:aws:iam::111111111111:role/r", "session"), "eu-west-1", resolver);

        Assert.Equal(new Uri("http://127.0.0.1:4566/"), hop.Endpoint.Url);
        Assert.Equal("eu-west-1", hop.Endpoint.SigningRegion);
    }

    [Fact]
    public async Task AssumeRole_goes_out_signed_for_the_hops_region_once_per_refresh()
    {
        await moto.Server.ResetAsync(TestContext.Current.CancellationToken);
        await using var proxy = await FaultProxy.StartAsync(moto.Server.Endpoint, TestContext.Current.CancellationToken);
        using var chain = RoleChain.From(Keys, "eu-west-1", MotoSts.Resolver(proxy.Endpoint))
            .Assume("arn:aws:iam::111111111111:role/a", "session-1")
            .Assume("arn:aws:iam::222222222222:role/b", "session-2");

        await chain.Credentials.GetCredentialsAsync();
        await chain.Credentials.GetCredentialsAsync();
        chain.Hops[^1].ClearCredentials();
        await chain.Credentials.GetCredentialsAsync();

        var assumeRoles = proxy.Calls.Where(call => call.Action == "AssumeRole").ToList();
        Assert.Equal(3, assumeRoles.Count);
        Assert.All(assumeRoles, call => Assert.Equal(("sts", "eu-west-1", 200), (call.Service, call.Region, call.StatusCode)));
        Assert.Equal("AKIAEXAMPLE", assumeRoles[0].AccessKeyId);
        Assert.NotEqual("AKIAEXAMPLE", assumeRoles[1].AccessKeyId);
        Assert.Equal(assumeRoles[1].AccessKeyId, assumeRoles[2].AccessKeyId);
    }
}
