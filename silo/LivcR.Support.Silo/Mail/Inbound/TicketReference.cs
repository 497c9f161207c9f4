using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>The ticket an incoming mail refers to, and how that was found.</summary>
/// <param name="Ticket">The ticket number.</param>
/// <param name="BySubjectTag">The subject (or, for a bounce, the bounced mail's subject) carries the ticket's tag.</param>
/// <param name="BySignedReference">
/// <c>In-Reply-To</c> or <c>References</c> (or, for a bounce, the bounced mail's Message-ID) holds a Message-ID the system
/// made for this ticket, with a valid signature.
/// </param>
/// <remarks>
/// When both are present and disagree, the signed reference wins and <paramref name="BySubjectTag"/> is false. Neither
/// proves who the sender is: a tag can be typed by anyone and a signed id can be forwarded.
/// </remarks>
public sealed record TicketReference(TicketNumber Ticket, bool BySubjectTag, bool BySignedReference);
