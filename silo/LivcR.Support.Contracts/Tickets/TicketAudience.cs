namespace LivcR.Support.Contracts.Tickets;

/// <summary>Who a ticket is shown to: internal notes exist only for staff.</summary>
public enum TicketAudience
{
    /// <summary>The municipality: public messages and system events, never internal notes.</summary>
    Municipality = 1,

    /// <summary>VVSG staff: everything.</summary>
    Staff = 2,
}
