using System.Text.Json.Nodes;

namespace Inventory.Testing.Tests.Kubernetes;

/// <summary>Reads a watch stream one JSON event per line.</summary>
internal sealed class WatchReader(HttpRequestMessage request, HttpResponseMessage response, Stream body) : IDisposable
{
    private readonly StreamReader _reader = new(body);
    private Task<string?>? _pending;

    /// <summary>The next event, or null when the server ended the stream.</summary>
    /// <exception cref="TimeoutException">Nothing came within <paramref name="timeout"/>.</exception>
    public async Task<JsonObject?> NextAsync(TimeSpan? timeout = null)
    {
        _pending ??= _reader.ReadLineAsync(TestContext.Current.CancellationToken).AsTask();
        var line = await _pending.WaitAsync(timeout ?? TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        _pending = null;
        return line is null ? null : JsonNode.Parse(line)!.AsObject();
    }

    /// <summary>The next event that is not a BOOKMARK.</summary>
    public async Task<JsonObject?> NextChangeAsync(TimeSpan? timeout = null)
    {
        while (true)
        {
            var next = await NextAsync(timeout);
            if (next is null || next["type"]!.GetValue<string>() != "BOOKMARK")
            {
                return next;
            }
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        response.Dispose();
        request.Dispose();
    }
}
