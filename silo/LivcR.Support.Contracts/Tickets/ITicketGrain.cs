namespace LivcR.Support.Contracts.Tickets;

/// <summary>One helpdesk ticket, keyed by its number (<see cref="TicketNumber"/>).</summary>
[Alias("livcr.ticket")]
public interface ITicketGrain : IGrainWithStringKey
{
    /// <summary>Creates the ticket from a validated request.</summary>
    /// <remarks>Fails with CONFLICT when a ticket with this number already exists.</remarks>
    [Alias("open")]
    Task<TicketView> OpenAsync(NewTicket ticket);

    /// <summary>Marks the ticket confidential (only the requester and staff see it) or not. NOT_FOUND when there is no ticket.</summary>
    [Alias("set-confidential")]
    Task<TicketView> SetConfidentialAsync(bool confidential);

    /// <summary>The ticket, or null when no ticket has this number.</summary>
    [Alias("get")]
    Task<TicketView?> GetAsync();
}
