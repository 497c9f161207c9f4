namespace LivcR.Support.Contracts.Tickets;

/// <summary>How urgent a ticket is; drives the SLA targets.</summary>
/// <remarks>Stored by number: never renumber, only append.</remarks>
public enum TicketPriority
{
    /// <summary>Low.</summary>
    Low = 1,

    /// <summary>Normal, the default.</summary>
    Normal = 2,

    /// <summary>High.</summary>
    High = 3,

    /// <summary>Urgent.</summary>
    Urgent = 4,
}
