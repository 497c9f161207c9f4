namespace LivcR.Support.Gateway.Hosting;

/// <summary>Gateway settings. Section <c>Gateway</c>.</summary>
public sealed class GatewayOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway";

    /// <summary>CoHostedSilo (the default) or Client (of a cluster of separate silos).</summary>
    public GatewayMode Mode { get; set; } = GatewayMode.CoHostedSilo;

    /// <summary>
    /// Addresses (<c>10.0.0.5</c>) or networks (<c>172.16.0.0/12</c>) of the proxies (e.g. portal processes) whose <c>X-Forwarded-For</c> names the browser behind a request, so
    /// per-address limits count browsers. This machine's loopback addresses are always trusted (the co-hosted portal).
    /// </summary>
    public IReadOnlyList<string> TrustedProxies { get; set; } = [];
}
