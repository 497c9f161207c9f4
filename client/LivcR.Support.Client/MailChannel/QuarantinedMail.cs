namespace LivcR.Support.Client;

/// <summary>An incoming mail the intake could not handle, put aside with the reason (schema type <c>QuarantinedMail</c>); never its body.</summary>
/// <param name="Id">The quarantine id.</param>
/// <param name="Mailbox">The mailbox it came from.</param>
/// <param name="MessageId">Its Message-ID, if it had one.</param>
/// <param name="Sender">The sender's address, if readable.</param>
/// <param name="Subject">Its subject.</param>
/// <param name="Reason">Why it could not be handled (Dutch).</param>
/// <param name="QuarantinedAt">When it was put aside.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="DecidedBy">Who released or discarded it.</param>
/// <param name="DecidedAt">When that was.</param>
/// <param name="TicketNumber">The ticket it became when released.</param>
/// <param name="CanRelease">True when the mail itself was kept, so it can become a ticket.</param>
public sealed record QuarantinedMail(
    string Id,
    string Mailbox,
    string? MessageId,
    string? Sender,
    string Subject,
    string Reason,
    DateTimeOffset QuarantinedAt,
    long Size,
    QuarantineStatus Status,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? TicketNumber,
    bool CanRelease);
