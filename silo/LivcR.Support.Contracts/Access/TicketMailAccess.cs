using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Contracts.Access;

/// <summary>Who may see the mail a thread entry came with: its sanitised HTML and its whole text with the quoted history.</summary>
/// <remarks>
/// The mail is read as part of its ticket, so the ticket's own rule (<see cref="AccessPolicy.CanReadTicket"/>, with
/// confidentiality) comes first. Staff then see the mail of any entry; anyone else only that of a public message, never
/// of an internal note.
/// </remarks>
public static class TicketMailAccess
{
    /// <summary>May see the mail behind an entry of this kind on this ticket.</summary>
    public static bool CanReadMailOf(Actor actor, TicketAccess ticket, TicketEntryKind kind) =>
        AccessPolicy.CanReadTicket(actor, ticket) && (actor.IsStaff || kind == TicketEntryKind.Message);
}
