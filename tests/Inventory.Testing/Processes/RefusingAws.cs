using Inventory.Testing.Http;
using Microsoft.AspNetCore.Http;

namespace Inventory.Testing.Processes;

/// <summary>
/// An AWS endpoint on 127.0.0.1 that refuses every call with a 403 AccessDenied in the query
/// protocol's error shape, and counts the calls: a process pointed at it that calls AWS at all
/// is seen, and one that does ends quickly.
/// </summary>
public sealed class RefusingAws : IAsyncDisposable
{
    public const string Message = "User: arn:aws:iam::123456789012:user/test is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111111111111:role/inventory";

    private LoopbackServer _server = null!;
    private int _calls;

    private RefusingAws()
    {
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri Endpoint => _server.Endpoint;

    public int Calls => Volatile.Read(ref _calls);

    public static async Task<RefusingAws> StartAsync(CancellationToken ct = default)
    {
        var refusing = new RefusingAws();
        refusing._server = await LoopbackServer.StartAsync(refusing.RefuseAsync, ct);
        return refusing;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task RefuseAsync(HttpContext context)
    {
        Interlocked.Increment(ref _calls);
        context.Response.StatusCode = 403;
        context.Response.ContentType = "text/xml";
        await context.Response.WriteAsync($"<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>{Message}</Message></Error><RequestId>refused</RequestId></ErrorResponse>");
    }
}
