using LivcR.Support.Contracts.Mail;

namespace LivcR.Support.Silo.Mail.Outbox;

/// <summary>A mail as stored in the outbox table, with its MIME content — or, for ticket mail staged before the ticket's write, what it is rendered from.</summary>
/// <param name="Id">The outbox id (the caller's idempotency key, or a random one).</param>
/// <param name="CreatedAt">When it was accepted.</param>
/// <param name="Kind">Why it is sent.</param>
/// <param name="Automatic">True for automatic mail.</param>
/// <param name="Recipient">The recipient's address, lower case.</param>
/// <param name="TicketNumber">The ticket it is about, if any.</param>
/// <param name="Subject">The subject as sent.</param>
/// <param name="MessageId">Its Message-ID.</param>
/// <param name="Content">The complete MIME message; null once sent, and null for staged ticket mail (rendered at delivery).</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Attempts">Failed attempts so far.</param>
/// <param name="Note">On insert: why it is held, if it is.</param>
/// <param name="NoticeToken">Staged ticket mail: the token the ticket's stored state must hold before it is sent.</param>
/// <param name="NoticeText">Staged ticket mail: the template's parameters as JSON (<see cref="TicketNoticeJson"/>); null once sent.</param>
/// <param name="InReplyTo">Staged ticket mail: the Message-ID it answers, if any.</param>
public sealed record OutboxRow(
    string Id,
    DateTimeOffset CreatedAt,
    OutboundMailKind Kind,
    bool Automatic,
    string Recipient,
    string? TicketNumber,
    string Subject,
    string MessageId,
    byte[]? Content,
    OutboxMailStatus Status,
    int Attempts,
    string? Note = null,
    Guid? NoticeToken = null,
    string? NoticeText = null,
    string? InReplyTo = null)
{
    /// <summary>True for ticket mail staged before the ticket's write: confirmed with the ticket, then rendered, at delivery.</summary>
    public bool IsStaged => NoticeToken is not null;
}
