using System.Text;
using Microsoft.AspNetCore.Http;

namespace Inventory.Benchmarks.Responder;

/// <summary>
/// Streams a large XML answer in chunks, so a 1,000-instance page (several MB) is never built
/// whole in the responder, whose memory counts in the same process as the engine's.
/// </summary>
internal sealed class XmlPageWriter(HttpResponse response)
{
    private const int ChunkChars = 32 * 1024;

    public StringBuilder Text { get; } = new(ChunkChars + 8 * 1024);

    public async ValueTask FlushIfFullAsync(CancellationToken cancellationToken)
    {
        if (Text.Length >= ChunkChars)
        {
            await FlushAsync(cancellationToken);
        }
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        response.ContentType ??= "text/xml;charset=UTF-8";
        await response.WriteAsync(Text.ToString(), Encoding.UTF8, cancellationToken);
        Text.Clear();
    }
}
