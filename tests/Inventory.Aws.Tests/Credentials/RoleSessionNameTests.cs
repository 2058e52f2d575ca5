using Inventory.Aws.Credentials;

namespace Inventory.Aws.Tests.Credentials;

public sealed class RoleSessionNameTests
{
    [Theory]
    [InlineData("inventory-123456789012", "inventory-123456789012")]
    [InlineData("pod/runner:abc def", "pod-runner-abc-def")]
    [InlineData("ünïcode", "-n-code")]
    [InlineData("", "--")]
    [InlineData(null, "--")]
    [InlineData("x", "x-")]
    [InlineData("a+b=c,d.e@f_g-h", "a+b=c,d.e@f_g-h")]
    public void Sanitize_keeps_allowed_characters_and_replaces_the_rest(string? requested, string expected)
    {
        var name = RoleSessionName.Sanitize(requested);

        Assert.Equal(expected, name);
        Assert.True(RoleSessionName.IsValid(name));
    }

    [Fact]
    public void Sanitize_cuts_long_names_to_64()
    {
        var name = RoleSessionName.Sanitize(new string('a', 100));

        Assert.Equal(64, name.Length);
        Assert.True(RoleSessionName.IsValid(name));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("has space")]
    [InlineData("colon:no")]
    public void A_hop_refuses_an_invalid_session_name(string sessionName) =>
        Assert.Throws<ArgumentException>(() => new RoleHop("arn:aws:iam::111111111111:role/r", sessionName));

    [Theory]
    [InlineData("arn:aws:iam::111111111111:user/alice")]
    [InlineData("arn:aws:iam::1111:role/r")]
    [InlineData("role/r")]
    public void A_hop_refuses_what_is_not_a_role_arn(string roleArn) =>
        Assert.Throws<ArgumentException>(() => new RoleHop(roleArn, "session"));

    [Fact]
    public void A_hop_lasts_one_hour_unless_told_and_keeps_to_STS_limits()
    {
        Assert.Equal(TimeSpan.FromHours(1), new RoleHop("arn:aws:iam::111111111111:role/path/r", "session").Duration);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RoleHop("arn:aws:iam::111111111111:role/r", "session", duration: TimeSpan.FromMinutes(10)));
    }
}
