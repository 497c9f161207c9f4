using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Contracts.Mail;

/// <summary>An incoming mail as a ticket receives it: who wrote what, its attachments (already stored) and notes for the thread.</summary>
/// <param name="DedupeKey">Identifies the mail however often it is read or delivered: its Message-ID, else a hash of headers and body.</param>
/// <param name="MessageId">Its Message-ID (without angle brackets), if it has one.</param>
/// <param name="Author">The sender, as a ticket actor (staff when the sender is VVSG staff).</param>
/// <param name="Body">The text for the thread: a new question whole, a reply without its quoted history.</param>
/// <param name="ReceivedAt">When the mailbox reader handled it.</param>
/// <param name="Attachments">Attachments whose content is already in the attachment store (ids derived from the dedupe key).</param>
/// <param name="Notes">System events to record with it, e.g. an attachment that was not taken over and why.</param>
/// <param name="Mailbox">The mailbox it came from.</param>
/// <param name="NoAcknowledgement">Why the sender gets no acknowledgement (a no-reply address, a list, bulk, spam), or null.</param>
[GenerateSerializer]
[Immutable]
[Alias("livcr.inbound-mail")]
public sealed record InboundMail(
    [property: Id(0)] string DedupeKey,
    [property: Id(1)] string? MessageId,
    [property: Id(2)] TicketActor Author,
    [property: Id(3)] string Body,
    [property: Id(4)] DateTimeOffset ReceivedAt,
    [property: Id(5)] IReadOnlyList<TicketAttachmentView> Attachments,
    [property: Id(6)] IReadOnlyList<string> Notes,
    [property: Id(7)] string Mailbox,
    [property: Id(8)] string? NoAcknowledgement = null);
