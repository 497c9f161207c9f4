using System.Net;
using System.Net.Sockets;

namespace LivcR.Support.TestSupport;

/// <summary>Free TCP ports on loopback.</summary>
public static class FreePort
{
    /// <summary>A port nobody listened on a moment ago (the OS picks it); the caller binds it soon after.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
