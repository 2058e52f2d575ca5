using Inventory.Aws.Endpoints;

namespace Inventory.Aws.Tests.Endpoints;

public sealed class AwsEndpointResolverTests
{
    private static AwsEndpointResolver With(params (string Name, string Value)[] variables) =>
        new(name => variables.FirstOrDefault(v => v.Name == name).Value);

    [Theory]
    [InlineData("EC2", "ec2", "ec2", "eu-west-1", "https://ec2.eu-west-1.amazonaws.com/", "eu-west-1")]
    [InlineData("EC2", "ec2", "ec2", "cn-north-1", "https://ec2.cn-north-1.amazonaws.com.cn/", "cn-north-1")]
    [InlineData("EC2", "ec2", "ec2", "us-gov-west-1", "https://ec2.us-gov-west-1.amazonaws.com/", "us-gov-west-1")]
    [InlineData("STS", "sts", "sts", "ap-southeast-2", "https://sts.ap-southeast-2.amazonaws.com/", "ap-southeast-2")]
    [InlineData("IAM", "iam", "iam", "eu-central-1", "https://iam.amazonaws.com/", "us-east-1")]
    [InlineData("IAM", "iam", "iam", "cn-northwest-1", "https://iam.cn-north-1.amazonaws.com.cn/", "cn-north-1")]
    [InlineData("IAM", "iam", "iam", "us-gov-east-1", "https://iam.us-gov.amazonaws.com/", "us-gov-west-1")]
    [InlineData("Organizations", "organizations", "organizations", "eu-west-1", "https://organizations.us-east-1.amazonaws.com/", "us-east-1")]
    [InlineData("Route 53", "route53", "route53", "ap-south-1", "https://route53.amazonaws.com/", "us-east-1")]
    [InlineData("Route 53", "route53", "route53", "cn-north-1", "https://route53.amazonaws.com.cn/", "cn-northwest-1")]
    [InlineData("CloudFront", "cloudfront", "cloudfront", "eu-west-3", "https://cloudfront.amazonaws.com/", "us-east-1")]
    [InlineData("CloudFront", "cloudfront", "cloudfront", "cn-north-1", "https://cloudfront.cn-northwest-1.amazonaws.com.cn/", "cn-northwest-1")]
    [InlineData("Support", "support", "support", "eu-west-1", "https://support.us-east-1.amazonaws.com/", "us-east-1")]
    [InlineData("Support", "support", "support", "cn-northwest-1", "https://support.cn-north-1.amazonaws.com.cn/", "cn-north-1")]
    [InlineData("Support", "support", "support", "us-gov-east-1", "https://support.us-gov-west-1.amazonaws.com/", "us-gov-west-1")]
    [InlineData("Budgets", "budgets", "budgets", "cn-north-1", "https://budgets.amazonaws.com.cn/", "cn-northwest-1")]
    [InlineData("Shield", "shield", "shield", "ap-south-1", "https://shield.us-east-1.amazonaws.com/", "us-east-1")]
    [InlineData("Organizations", "organizations", "organizations", "us-gov-east-1", "https://organizations.us-gov-west-1.amazonaws.com/", "us-gov-west-1")]
    // Global in the aws partition only: elsewhere the regional rule.
    [InlineData("Budgets", "budgets", "budgets", "us-gov-west-1", "https://budgets.us-gov-west-1.amazonaws.com/", "us-gov-west-1")]
    // Route 53 Domains lists one region, us-east-1, where global services are collected; it has no partition endpoint.
    [InlineData("Route 53 Domains", "route53domains", "route53domains", "us-east-1", "https://route53domains.us-east-1.amazonaws.com/", "us-east-1")]
    // Absent from AWS's endpoint data (a newer service): the regional rule.
    [InlineData("Bedrock Agent", "bedrock-agent", "bedrock", "eu-west-1", "https://bedrock-agent.eu-west-1.amazonaws.com/", "eu-west-1")]
    public void ResolvesRegionalAndGlobalEndpointsPerPartition(string serviceId, string prefix, string signingName, string region, string url, string signingRegion)
    {
        var endpoint = With().Resolve(serviceId, prefix, signingName, region);

        Assert.Equal(url, endpoint.Url.ToString());
        Assert.Equal(signingRegion, endpoint.SigningRegion);
        Assert.Equal(signingName, endpoint.SigningName);
        Assert.False(endpoint.IsOverride);
    }

    [Fact]
    public void TheGlobalEndpointDataCoversEveryPartitionWeKnow() =>
        Assert.Equal(AwsPartition.All.Select(p => p.Name).Order(StringComparer.Ordinal), GlobalEndpoints.Partitions.Order(StringComparer.Ordinal));

    [Fact]
    public void AServiceSpecificOverrideWinsOverTheGlobalOne()
    {
        var resolver = With(("AWS_ENDPOINT_URL", "http://127.0.0.1:1000"), ("AWS_ENDPOINT_URL_ROUTE_53", "http://127.0.0.1:2000"));

        Assert.Equal("http://127.0.0.1:2000/", resolver.Resolve("Route 53", "route53", "route53", "us-east-1").Url.ToString());
        var ec2 = resolver.Resolve("EC2", "ec2", "ec2", "eu-west-1");
        Assert.Equal("http://127.0.0.1:1000/", ec2.Url.ToString());
        Assert.Equal("eu-west-1", ec2.SigningRegion);
        Assert.True(ec2.IsOverride);
    }

    [Fact]
    public void AGlobalServiceBehindAnOverrideStillSignsForItsHomeRegion()
    {
        var iam = With(("AWS_ENDPOINT_URL", "http://127.0.0.1:1000")).Resolve("IAM", "iam", "iam", "eu-west-1");
        Assert.Equal("us-east-1", iam.SigningRegion);
    }

    [Fact]
    public void OverridesCanBeIgnored()
    {
        var resolver = With(("AWS_ENDPOINT_URL", "http://127.0.0.1:1000"), ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"));
        Assert.Equal("https://ec2.us-east-1.amazonaws.com/", resolver.Resolve("EC2", "ec2", "ec2", "us-east-1").Url.ToString());
    }

    [Fact]
    public void AMalformedOverrideIsRefusedWithTheVariableValue()
    {
        var error = Assert.Throws<InvalidOperationException>(() => With(("AWS_ENDPOINT_URL_EC2", "not a url")).Resolve("EC2", "ec2", "ec2", "us-east-1"));
        Assert.Contains("'not a url'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Elastic Load Balancing v2", "ELASTIC_LOAD_BALANCING_V2")]
    [InlineData("Route 53", "ROUTE_53")]
    [InlineData("ECR PUBLIC", "ECR_PUBLIC")]
    [InlineData("ACM-PCA", "ACM_PCA")]
    public void TheOverrideVariableDerivesFromTheServiceId(string serviceId, string suffix) =>
        Assert.Equal(suffix, AwsEndpointResolver.VariableSuffix(serviceId));
}
