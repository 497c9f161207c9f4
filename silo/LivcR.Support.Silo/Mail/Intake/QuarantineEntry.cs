namespace LivcR.Support.Silo.Mail.Intake;

/// <summary>A mail in quarantine, as staff see it (never its body).</summary>
/// <param name="Id">The quarantine id.</param>
/// <param name="Mailbox">The mailbox it came from.</param>
/// <param name="MessageId">Its Message-ID, if it has one.</param>
/// <param name="Sender">The sender's address, if it names one.</param>
/// <param name="Subject">Its subject.</param>
/// <param name="Reason">Why it could not be handled.</param>
/// <param name="QuarantinedAt">When it was put aside.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Status">quarantined, released or discarded.</param>
/// <param name="DecidedBy">Who released or discarded it.</param>
/// <param name="DecidedAt">When.</param>
/// <param name="TicketNumber">The ticket it became when released.</param>
/// <param name="CanRelease">True when the message itself was kept (it can become a ticket).</param>
public sealed record QuarantineEntry(
    string Id,
    string Mailbox,
    string? MessageId,
    string? Sender,
    string Subject,
    string Reason,
    DateTimeOffset QuarantinedAt,
    long Size,
    string Status,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? TicketNumber,
    bool CanRelease);
