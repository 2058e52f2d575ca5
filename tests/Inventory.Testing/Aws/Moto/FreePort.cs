using System.Net;
using System.Net.Sockets;

namespace Inventory.Testing.Aws;

/// <summary>A loopback port the OS had free a moment ago (another process may still take it).</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
