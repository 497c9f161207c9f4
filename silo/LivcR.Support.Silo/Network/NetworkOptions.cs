using System.ComponentModel.DataAnnotations;

namespace LivcR.Support.Silo.Network;

/// <summary>Network support settings. Section <c>Network</c>.</summary>
public sealed class NetworkOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Network";

    /// <summary>The portal's public address; links in mails (invitations) start with it.</summary>
    [Required]
    public string PortalUrl { get; set; } = "http://localhost:5080";

    /// <summary>Where join requests are announced to VVSG staff; empty means the helpdesk's sender address (<c>Smtp:From</c>).</summary>
    public string? StaffAddress { get; set; }

    /// <summary>How many days an invitation code stays valid.</summary>
    [Range(1, 90)]
    public int InvitationDays { get; set; } = 14;
}
