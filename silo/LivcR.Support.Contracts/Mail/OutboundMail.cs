namespace LivcR.Support.Contracts.Mail;

/// <summary>One mail to one recipient, as handed to the outbox.</summary>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">The subject, already in the recipient's language (the outbox adds the ticket tag).</param>
/// <param name="TextBody">The plain-text body, already in the recipient's language.</param>
/// <param name="Kind">Why it is sent.</param>
/// <param name="TicketNumber">The ticket it belongs to, if any (for the subject tag and threading headers).</param>
/// <param name="Attachments">Files to attach, if any.</param>
[GenerateSerializer]
[Alias("livcr.outbound-mail")]
public sealed record OutboundMail(
    [property: Id(0)] string To,
    [property: Id(1)] string Subject,
    [property: Id(2)] string TextBody,
    [property: Id(3)] OutboundMailKind Kind,
    [property: Id(4)] string? TicketNumber = null,
    [property: Id(5)] IReadOnlyList<OutboundAttachment>? Attachments = null);
