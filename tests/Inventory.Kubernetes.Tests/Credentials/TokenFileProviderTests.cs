using Inventory.Kubernetes.Tests.Support;
using Inventory.Testing.Time;

namespace Inventory.Kubernetes.Tests.Credentials;

public sealed class TokenFileProviderTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly ManualTimeProvider _clock = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task ARotatedTokenIsPickedUpWithinAMinute()
    {
        var path = _directory.File("token", "first\n");
        var provider = new TokenFileProvider(path, _clock);
        Assert.Equal("first", await provider.GetTokenAsync(TestContext.Current.CancellationToken));

        File.WriteAllText(path, "second");
        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("first", await provider.GetTokenAsync(TestContext.Current.CancellationToken));

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("second", await provider.GetTokenAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AFileBrieflyGoneKeepsTheLastTokenAndIsReadAgainNextCall()
    {
        var path = _directory.File("token", "first");
        var provider = new TokenFileProvider(path, _clock);
        await provider.GetTokenAsync(TestContext.Current.CancellationToken);

        File.Delete(path);
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("first", await provider.GetTokenAsync(TestContext.Current.CancellationToken));

        File.WriteAllText(path, "second");
        Assert.Equal("second", await provider.GetTokenAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AMissingFileAtFirstReadIsAConfigError()
    {
        var provider = new TokenFileProvider(Path.Combine(_directory.Path, "absent"), _clock);

        var error = await Assert.ThrowsAsync<KubernetesConfigException>(async () => await provider.GetTokenAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Cannot read the token file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ItsTextNamesThePathNotTheToken()
    {
        var path = _directory.File("token", "secret-token");

        Assert.Equal($"token file {path}", new TokenFileProvider(path).ToString());
        Assert.Equal("static token", new StaticTokenProvider("secret-token").ToString());
    }
}
