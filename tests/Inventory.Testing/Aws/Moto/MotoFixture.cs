using Xunit;

namespace Inventory.Testing.Aws;

/// <summary>
/// One moto server per test class (<c>IClassFixture&lt;MotoFixture&gt;</c>). Tests that need clean
/// state call <c>Server.ResetAsync()</c> first.
/// </summary>
public sealed class MotoFixture : IAsyncLifetime
{
    private MotoServer? _server;

    public MotoServer Server => _server ?? throw new InvalidOperationException("MotoFixture is not initialized yet.");

    public async ValueTask InitializeAsync() => _server = await MotoServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
