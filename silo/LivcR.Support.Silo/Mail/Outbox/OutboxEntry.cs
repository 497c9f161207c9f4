using LivcR.Support.Contracts.Mail;

namespace LivcR.Support.Silo.Mail.Outbox;

/// <summary>One mail in the outbox, as staff see it (never the body).</summary>
/// <param name="Id">The outbox id.</param>
/// <param name="CreatedAt">When it was accepted.</param>
/// <param name="Kind">Why it is sent.</param>
/// <param name="Recipient">The recipient's address.</param>
/// <param name="TicketNumber">The ticket it is about, if any.</param>
/// <param name="Subject">The subject as sent.</param>
/// <param name="MessageId">The Message-ID it carries.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Attempts">Failed attempts so far.</param>
/// <param name="NextAttemptAt">When a pending mail is tried (again).</param>
/// <param name="LastError">The last failure or the reason it was suppressed or held.</param>
/// <param name="SentAt">When the SMTP server took it.</param>
public sealed record OutboxEntry(
    string Id,
    DateTimeOffset CreatedAt,
    OutboundMailKind Kind,
    string Recipient,
    string? TicketNumber,
    string Subject,
    string MessageId,
    OutboxMailStatus Status,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    string? LastError,
    DateTimeOffset? SentAt);
