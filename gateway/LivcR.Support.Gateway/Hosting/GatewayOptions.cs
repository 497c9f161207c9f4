namespace LivcR.Support.Gateway.Hosting;

/// <summary>Gateway settings. Section <c>Gateway</c>.</summary>
public sealed class GatewayOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway";

    /// <summary>CoHostedSilo (the default) or Client (of a cluster of separate silos).</summary>
    public GatewayMode Mode { get; set; } = GatewayMode.CoHostedSilo;
}
