using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Silo.Tickets;

/// <summary>
/// The status machine: NEW → OPEN → WAITING_FOR_MUNICIPALITY → RESOLVED → CLOSED, with reopening from waiting and resolved.
/// A closed ticket stays closed; a new reply starts a follow-up ticket.
/// </summary>
public static class TicketStatusRules
{
    private static readonly Dictionary<TicketStatus, TicketStatus[]> Allowed = new()
    {
        [TicketStatus.New] = [TicketStatus.Open, TicketStatus.WaitingForMunicipality, TicketStatus.Resolved],
        [TicketStatus.Open] = [TicketStatus.WaitingForMunicipality, TicketStatus.Resolved],
        [TicketStatus.WaitingForMunicipality] = [TicketStatus.Open, TicketStatus.Resolved],
        [TicketStatus.Resolved] = [TicketStatus.Open, TicketStatus.Closed],
        [TicketStatus.Closed] = [],
    };

    /// <summary>True when a ticket may go from one status to the other.</summary>
    public static bool CanMove(TicketStatus from, TicketStatus to) => Allowed[from].Contains(to);

    /// <summary>The Dutch name of a status, for messages and system events.</summary>
    public static string Label(TicketStatus status) => status switch
    {
        TicketStatus.New => "nieuw",
        TicketStatus.Open => "open",
        TicketStatus.WaitingForMunicipality => "wacht op gemeente",
        TicketStatus.Resolved => "opgelost",
        TicketStatus.Closed => "gesloten",
        _ => status.ToString(),
    };
}
