namespace LivcR.Support.Contracts.Tickets;

/// <summary>One helpdesk ticket, keyed by its number (<see cref="TicketNumber"/>).</summary>
[Alias("livcr.ticket")]
public interface ITicketGrain : IGrainWithStringKey
{
    /// <summary>Creates the ticket from a validated request.</summary>
    /// <remarks>Fails with CONFLICT when a ticket with this number already exists.</remarks>
    [Alias("open")]
    Task<TicketView> OpenAsync(NewTicket ticket);

    /// <summary>The ticket, or null when no ticket has this number.</summary>
    [Alias("get")]
    Task<TicketView?> GetAsync();
}
