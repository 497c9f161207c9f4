namespace LivcR.Support.Contracts.Tickets;

/// <summary>Turns a municipality's question into a ticket: validates, numbers, opens.</summary>
/// <remarks>A stateless worker: every silo runs local activations, each with its own block of numbers.</remarks>
[Alias("livcr.helpdesk-intake")]
public interface IHelpdeskIntakeGrain : IGrainWithIntegerKey
{
    /// <summary>Submits the question. Bad input fails with BAD_USER_INPUT and creates nothing.</summary>
    [Alias("submit")]
    Task<TicketView> SubmitAsync(HelpdeskRequest request);

    /// <summary>The next ticket number, for a ticket that a mail will open (the mail intake records it before opening).</summary>
    [Alias("reserve-number")]
    Task<string> ReserveNumberAsync();
}
