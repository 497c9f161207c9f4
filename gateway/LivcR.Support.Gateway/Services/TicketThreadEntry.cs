using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Gateway.Services;

/// <summary>
/// A thread entry together with the access facts of its ticket, so a field below the entry that checks access itself
/// (the mail it came with) can apply the ticket's rule, confidentiality included.
/// </summary>
/// <param name="Ticket">Municipality, requester and confidentiality of the ticket the entry belongs to.</param>
/// <param name="Entry">The entry, as the caller's audience sees it.</param>
public sealed record TicketThreadEntry(TicketAccess Ticket, TicketEntryView Entry)
{
    /// <summary>The entries of a ticket, each with the ticket's access facts.</summary>
    public static IReadOnlyList<TicketThreadEntry> Of(TicketView ticket) => [.. ticket.Entries.Select(e => new TicketThreadEntry(ticket.Access, e))];
}
