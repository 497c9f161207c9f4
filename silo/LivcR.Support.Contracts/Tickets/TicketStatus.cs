namespace LivcR.Support.Contracts.Tickets;

/// <summary>Where a ticket stands in its life.</summary>
/// <remarks>Stored by number: never renumber, only append.</remarks>
public enum TicketStatus
{
    /// <summary>Submitted, not yet picked up by staff.</summary>
    New = 1,

    /// <summary>Staff are working on it.</summary>
    Open = 2,

    /// <summary>Staff wait for an answer of the municipality; the SLA clock pauses.</summary>
    WaitingForMunicipality = 3,

    /// <summary>Answered; closes by itself after some days without reply.</summary>
    Resolved = 4,

    /// <summary>Closed; a new reply starts a follow-up ticket.</summary>
    Closed = 5,
}
