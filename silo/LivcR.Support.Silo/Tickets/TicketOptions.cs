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

    /// <summary>Who is mailed when an unassigned ticket passes its due time (the assignee is mailed when there is one).</summary>
    public List<string> EscalationRecipients { get; set; } = [];

    /// <summary>Days after which a resolved ticket without reply closes by itself.</summary>
    [Range(1, 365)]
    public int AutoCloseDays { get; set; } = 7;

    /// <summary>Extra days VVSG is closed (besides weekends and Belgian public holidays), e.g. 2026-12-24.</summary>
    public List<DateOnly> ClosingDays { get; set; } = [];

    /// <summary>First-response target per priority, in business hours (a business day is 8 hours).</summary>
    public Dictionary<string, double> FirstResponseHours { get; set; } = new()
    {
        ["Urgent"] = 4, ["High"] = 8, ["Normal"] = 16, ["Low"] = 40,
    };

    /// <summary>Resolution target per priority, in business hours.</summary>
    public Dictionary<string, double> ResolutionHours { get; set; } = new()
    {
        ["Urgent"] = 8, ["High"] = 24, ["Normal"] = 80, ["Low"] = 160,
    };

    /// <summary>The categories tickets can be filed under.</summary>
    public List<TicketCatalogEntry> Categories { get; set; } = [];

    /// <summary>The categories used when the configuration names none.</summary>
    public static IReadOnlyList<TicketCatalogEntry> DefaultCategories { get; } =
    [
        new() { Key = "livcr-werking", Label = "LIVC-R opstart en werking" },
        new() { Key = "casusoverleg", Label = "Casusoverleg en gedeeld beroepsgeheim" },
        new() { Key = "signalen", Label = "Signalen van radicalisering" },
        new() { Key = "polarisatie", Label = "Polarisatie en spanningen in de gemeente" },
        new() { Key = "juridisch-privacy", Label = "Juridisch en privacy" },
        new() { Key = "vorming", Label = "Vorming" },
        new() { Key = "netwerk", Label = "Netwerk en provinciale platformen" },
        new() { Key = "andere", Label = "Andere" },
    ];

    /// <summary>The prevention levels (after the prevention pyramid); a ticket may have none.</summary>
    public List<TicketCatalogEntry> PreventionLevels { get; set; } = [];

    /// <summary>The prevention levels used when the configuration names none.</summary>
    public static IReadOnlyList<TicketCatalogEntry> DefaultPreventionLevels { get; } =
    [
        new() { Key = "welzijn", Label = "Welzijnsbevordering" },
        new() { Key = "algemeen", Label = "Algemene preventie" },
        new() { Key = "gericht", Label = "Gerichte preventie" },
        new() { Key = "geindiceerd", Label = "Geïndiceerde preventie (casusniveau)" },
        new() { Key = "curatief", Label = "Curatief en repressief" },
    ];

    /// <summary>Fills the catalogs with the defaults where the configuration named none.</summary>
    public void ApplyDefaults()
    {
        if (Categories.Count == 0)
        {
            Categories = [.. DefaultCategories];
        }

        if (PreventionLevels.Count == 0)
        {
            PreventionLevels = [.. DefaultPreventionLevels];
        }
    }
}
