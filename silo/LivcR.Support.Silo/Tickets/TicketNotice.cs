using LivcR.Support.Contracts.Mail;

namespace LivcR.Support.Silo.Tickets;

/// <summary>
/// A mail a ticket change announces, as the ticket stages it in the outbox before it writes the change: who gets it, why,
/// and what its template needs. Language, template, threading headers and MIME are worked out only at delivery.
/// </summary>
/// <param name="Token">
/// New for every staging. The same state write records it in <see cref="TicketState.NoticeTokens"/>; the outbox sends the
/// mail only after the ticket confirmed that its stored state holds it (entry ids are positions and repeat after a failed
/// write, so they cannot serve as that proof).
/// </param>
/// <param name="Kind">Acknowledgement, staff reply or status notification.</param>
/// <param name="TicketNumber">The ticket.</param>
/// <param name="Recipient">The requester's address.</param>
/// <param name="Text">The template's parameters.</param>
/// <param name="Answering">The Message-ID of the mail this one answers (the question an acknowledgement confirms), if any.</param>
public sealed record TicketNotice(Guid Token, OutboundMailKind Kind, string TicketNumber, string Recipient, TicketNoticeText Text, string? Answering = null);
