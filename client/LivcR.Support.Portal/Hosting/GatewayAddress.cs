using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Portal.Hosting;

/// <summary>Where the portal's typed client sends its requests: the configured gateway, or this server itself.</summary>
public sealed class GatewayAddress(IOptions<PortalOptions> options, IServer server)
{
    private Uri? _self;

    /// <summary>The gateway's base address, ending with a slash.</summary>
    public Uri Uri => options.Value.GatewayUrl ?? (_self ??= SelfAddress());

    private Uri SelfAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var first = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The server has no address yet; set Portal:GatewayUrl.");
        return new Uri(Loopback(first).TrimEnd('/') + "/");
    }

    /// <summary>A listening address as one to connect to: wildcard hosts become the loopback address.</summary>
    internal static string Loopback(string listening)
    {
        var scheme = listening[..(listening.IndexOf("://", StringComparison.Ordinal) + 3)];
        var rest = listening[scheme.Length..];
        var portAt = rest.LastIndexOf(':');
        var host = portAt < 0 ? rest : rest[..portAt];
        var port = portAt < 0 ? string.Empty : rest[portAt..];
        return host is "+" or "*" or "0.0.0.0" or "[::]" or "localhost" ? scheme + "127.0.0.1" + port : listening;
    }
}
