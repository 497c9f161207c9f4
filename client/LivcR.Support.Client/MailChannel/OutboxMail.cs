namespace LivcR.Support.Client;

/// <summary>A mail the system accepted for sending (schema type <c>OutboxMail</c>); never its body.</summary>
/// <param name="Id">The outbox id.</param>
/// <param name="CreatedAt">When it was accepted.</param>
/// <param name="Kind">Why it is sent.</param>
/// <param name="Recipient">The recipient's address.</param>
/// <param name="TicketNumber">The ticket it is about, if any.</param>
/// <param name="Subject">The subject as sent, with the ticket tag.</param>
/// <param name="MessageId">The Message-ID it carries.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Attempts">Failed attempts so far.</param>
/// <param name="NextAttemptAt">When a pending mail is tried (again).</param>
/// <param name="LastError">The last failure, or why it was suppressed or held.</param>
/// <param name="SentAt">When the SMTP server took it.</param>
public sealed record OutboxMail(
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
