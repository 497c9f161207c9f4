using System.ComponentModel.DataAnnotations;

namespace LivcR.Support.Silo.Hosting;

/// <summary>How silos and gateways find each other. Section <c>Orleans</c>.</summary>
/// <remarks>Silos of one deployment share <see cref="ClusterId"/> and <see cref="ServiceId"/>; stored state is keyed by the service id, so never change it once data exists.</remarks>
public sealed class SupportClusterOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Orleans";

    /// <summary>The cluster's id (one per deployment).</summary>
    [Required]
    public string ClusterId { get; set; } = "livcr-support";

    /// <summary>The service's id; part of every stored state's key.</summary>
    [Required]
    public string ServiceId { get; set; } = "livcr-support";

    /// <summary>Silo-to-silo port.</summary>
    [Range(0, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port for Orleans clients (gateways).</summary>
    [Range(0, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos use to reach this one (cluster mode); empty means the first non-loopback address.</summary>
    public string? AdvertisedIPAddress { get; set; }
}
