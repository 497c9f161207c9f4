using System.ComponentModel.DataAnnotations;

namespace LivcR.Support.Silo.Tickets;

/// <summary>Ticket settings. Section <c>Tickets</c>.</summary>
public sealed class TicketOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Tickets";

    /// <summary>How many numbers an intake worker reserves at once.</summary>
    /// <remarks>Larger blocks mean fewer calls to the year's number grain, but a restart skips the unused rest of each block.</remarks>
    [Range(1, 1000)]
    public int NumberBlockSize { get; set; } = 10;

    /// <summary>The time zone of ticket years and business hours.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Brussels";
}
