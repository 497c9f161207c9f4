namespace LivcR.Support.Contracts.Mail;

/// <summary>What a ticket did with an incoming mail.</summary>
/// <param name="TicketNumber">The ticket.</param>
/// <param name="Outcome">Added, already there, or refused because the ticket is closed.</param>
/// <param name="RefusedAttachmentIds">Stored attachments the ticket did not take (past its total limit): the caller deletes their content.</param>
[GenerateSerializer]
[Immutable]
[Alias("livcr.mail-receipt")]
public sealed record MailReceipt(
    [property: Id(0)] string TicketNumber,
    [property: Id(1)] MailReceiptOutcome Outcome,
    [property: Id(2)] IReadOnlyList<string> RefusedAttachmentIds);
