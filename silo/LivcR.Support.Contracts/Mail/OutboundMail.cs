namespace LivcR.Support.Contracts.Mail;

/// <summary>One mail to one recipient, as handed to the outbox.</summary>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">The subject, already in the recipient's language (the outbox adds the ticket tag).</param>
/// <param name="TextBody">The plain-text body, already in the recipient's language.</param>
/// <param name="Kind">Why it is sent.</param>
/// <param name="TicketNumber">The ticket it belongs to, if any (for the subject tag and threading headers).</param>
/// <param name="Attachments">Files to attach, if any.</param>
/// <param name="InReplyTo">The Message-ID of the mail this one answers (e.g. the question an acknowledgement confirms), if any.</param>
/// <param name="IdempotencyKey">
/// When set, the outbox accepts only one mail with this key: handing the same mail over again (a retried call) does not
/// send it twice. E.g. <c>ack/2026-00042</c>.
/// </param>
[GenerateSerializer]
[Alias("livcr.outbound-mail")]
public sealed record OutboundMail(
    [property: Id(0)] string To,
    [property: Id(1)] string Subject,
    [property: Id(2)] string TextBody,
    [property: Id(3)] OutboundMailKind Kind,
    [property: Id(4)] string? TicketNumber = null,
    [property: Id(5)] IReadOnlyList<OutboundAttachment>? Attachments = null,
    [property: Id(6)] string? InReplyTo = null,
    [property: Id(7)] string? IdempotencyKey = null)
{
    /// <summary>True for mail the system writes by itself (everything but a staff member's reply): it carries
    /// <c>Auto-Submitted</c> and counts towards the per-address limit of automatic mail.</summary>
    public bool IsAutomatic => Kind != OutboundMailKind.StaffReply;
}
